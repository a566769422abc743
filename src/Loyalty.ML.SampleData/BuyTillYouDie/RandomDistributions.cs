namespace Loyalty.ML.SampleData.BuyTillYouDie;

/// <summary>Gamma, beta and exponential draws for the simulators (Marsaglia–Tsang for the gamma).</summary>
internal static class RandomDistributions
{
    /// <summary>Gamma with <paramref name="shape"/> and <paramref name="rate"/> (mean shape ÷ rate).</summary>
    public static double Gamma(Random random, double shape, double rate)
    {
        if (shape < 1)
        {
            // Boosting: Gamma(k) = Gamma(k + 1) · U^(1/k), keeping the sampler in its valid range.
            return Gamma(random, shape + 1, rate) * Math.Pow(1 - random.NextDouble(), 1 / shape);
        }

        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(random);
                v = 1 + c * x;
            }
            while (v <= 0);

            v = v * v * v;
            var u = 1 - random.NextDouble();
            if (Math.Log(u) < 0.5 * x * x + d - d * v + d * Math.Log(v))
            {
                return d * v / rate;
            }
        }
    }

    /// <summary>Beta(<paramref name="a"/>, <paramref name="b"/>).</summary>
    public static double Beta(Random random, double a, double b)
    {
        var x = Gamma(random, a, 1);
        var y = Gamma(random, b, 1);
        return x / (x + y);
    }

    /// <summary>Exponential with <paramref name="rate"/>.</summary>
    public static double Exponential(Random random, double rate) => -Math.Log(1 - random.NextDouble()) / rate;

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}

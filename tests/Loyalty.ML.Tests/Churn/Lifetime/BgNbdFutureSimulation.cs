using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Lifetime;

namespace Loyalty.ML.Tests.Churn.Lifetime;

/// <summary>
/// Customers drawn from a BG/NBD model and followed past a cutoff: each one's (x, tₓ, T) at the cutoff and whether
/// they bought in the horizon after it. λ ~ Gamma(r, α), p ~ Beta(a, b); purchases are Poisson(λ) from a first
/// purchase at 0, and after each repeat purchase the customer drops out with probability p.
/// </summary>
internal static class BgNbdFutureSimulation
{
    public static (PurchaseSummary Summary, bool BoughtInHorizon)[] Customers(BgNbdModel model, int customers, double age, double horizon, Random random)
    {
        var result = new (PurchaseSummary, bool)[customers];
        for (var customer = 0; customer < customers; customer++)
        {
            var rate = Gamma(random, model.R) / model.Alpha;
            var dropOut = Beta(random, model.A, model.B);
            var (time, repeats, last, bought) = (0.0, 0, 0.0, false);
            while (true)
            {
                time += -Math.Log(1 - random.NextDouble()) / rate;
                if (time > age + horizon)
                {
                    break;
                }

                if (time > age)
                {
                    bought = true;
                    break;
                }

                (repeats, last) = (repeats + 1, time);
                if (random.NextDouble() < dropOut)
                {
                    break;
                }
            }

            result[customer] = (new PurchaseSummary(repeats, last, age), bought);
        }

        return result;
    }

    // Marsaglia and Tsang (2000), with the shape < 1 boost.
    private static double Gamma(Random random, double shape)
    {
        if (shape < 1)
        {
            return Gamma(random, shape + 1) * Math.Pow(random.NextDouble(), 1 / shape);
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
            var u = random.NextDouble();
            if (Math.Log(u) < 0.5 * x * x + d - d * v + d * Math.Log(v))
            {
                return d * v;
            }
        }
    }

    private static double Beta(Random random, double a, double b)
    {
        var x = Gamma(random, a);
        return x / (x + Gamma(random, b));
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}

namespace Loyalty.ML.Churn;

/// <summary>
/// Maximum-likelihood fit of <see cref="BgNbdModel"/>: Nelder–Mead on ln r, ln α, ln a, ln b over the
/// customers grouped by identical (x, tₓ, T), so a million customers cost as much as their distinct
/// histories; the ln Γ terms, which depend on x only, are computed once per distinct x.
/// </summary>
internal static class BgNbdFitter
{
    /// <summary>Fits the model to the customers' summaries; throws when there is nobody to fit.</summary>
    public static BgNbdModel Fit(IReadOnlyList<PurchaseSummary> customers)
    {
        var groups = WeightedSummaries.Group(customers);
        if (groups.Count == 0)
        {
            throw new ArgumentException("BG/NBD needs at least one customer.", nameof(customers));
        }

        var distinctFrequencies = groups.Summaries.Select(summary => summary.Frequency).Distinct().Order().ToArray();
        var frequencyIndex = groups.Summaries.Select(summary => Array.BinarySearch(distinctFrequencies, summary.Frequency)).ToArray();
        var meanAge = 0.0;
        for (var i = 0; i < groups.Count; i++)
        {
            meanAge += groups.Summaries[i].Age * groups.Weights[i] / groups.TotalWeight;
        }

        var perFrequency = new double[distinctFrequencies.Length];
        double Objective(double[] parameters) => NegativeMeanLogLikelihood(groups, distinctFrequencies, frequencyIndex, perFrequency, parameters);
        double[] start = [0.0, Math.Log(Math.Max(meanAge, 1e-3) / 10), 0.0, 0.0];
        return ToModel(NelderMead.Minimize(Objective, start));
    }

    private static BgNbdModel ToModel(double[] parameters) =>
        new(Math.Exp(parameters[0]), Math.Exp(parameters[1]), Math.Exp(parameters[2]), Math.Exp(parameters[3]));

    private static double NegativeMeanLogLikelihood(WeightedSummaries groups, double[] frequencies, int[] frequencyIndex, double[] perFrequency, double[] parameters)
    {
        if (parameters.Any(value => Math.Abs(value) > 30))
        {
            return double.MaxValue;
        }

        var (r, alpha, a, b) = ToModel(parameters);
        var constant = -SpecialFunctions.LogGamma(r) + r * Math.Log(alpha) + SpecialFunctions.LogGamma(a + b) - SpecialFunctions.LogGamma(b);
        for (var k = 0; k < frequencies.Length; k++)
        {
            var x = frequencies[k];
            perFrequency[k] = constant + SpecialFunctions.LogGamma(r + x) + SpecialFunctions.LogGamma(b + x) - SpecialFunctions.LogGamma(a + b + x);
        }

        var logA = Math.Log(a);
        var total = 0.0;
        for (var i = 0; i < groups.Count; i++)
        {
            var (x, tx, age, _) = groups.Summaries[i];
            var a3 = -(r + x) * Math.Log(alpha + age);
            var likelihood = a3;
            if (x > 0)
            {
                var a4 = logA - Math.Log(b + x - 1) - (r + x) * Math.Log(alpha + tx);
                var max = Math.Max(a3, a4);
                likelihood = max + Math.Log(Math.Exp(a3 - max) + Math.Exp(a4 - max));
            }

            total += groups.Weights[i] * (perFrequency[frequencyIndex[i]] + likelihood);
        }

        var mean = -total / groups.TotalWeight;
        return double.IsFinite(mean) ? mean : double.MaxValue;
    }
}

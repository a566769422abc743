using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Churn.Lifetime;

/// <summary>
/// Maximum-likelihood fit of <see cref="GammaGammaModel"/> on customers with repeat purchases of positive
/// value: Nelder–Mead on ln p, ln q, ln v, with the ln Γ terms computed once per distinct x.
/// </summary>
internal static class GammaGammaFitter
{
    private const int WarmStartSample = 50_000;

    /// <summary>Fits the model; returns null when fewer than <paramref name="minimumCustomers"/> customers have repeat purchases.</summary>
    public static GammaGammaModel? Fit(IReadOnlyList<PurchaseSummary> customers, int minimumCustomers = 10)
    {
        var groups = WeightedSummaries.Group(customers, customer => customer.Frequency > 0 && customer.MonetaryValue > 0);
        if (groups.TotalWeight < minimumCustomers)
        {
            return null;
        }

        if (groups.Count > 2 * WarmStartSample)
        {
            // A fit on an even sample starts the full fit close to its optimum: far fewer full-data evaluations.
            var every = groups.Count / WarmStartSample;
            var warm = Fit(Enumerable.Range(0, WarmStartSample).Select(i => groups.Summaries[i * every]).ToArray(), minimumCustomers)!;
            return Fit(groups, [Math.Log(warm.P), Math.Log(warm.Q), Math.Log(warm.V)], initialStep: 0.05);
        }

        return Fit(groups, start: null, initialStep: 0.5);
    }

    private static GammaGammaModel Fit(WeightedSummaries groups, double[]? start, double initialStep)
    {
        var frequencies = new DistinctValues(groups.Summaries, summary => summary.Frequency);
        var logValue = groups.Summaries.Select(summary => Math.Log(summary.MonetaryValue)).ToArray();
        var meanValue = groups.Summaries.Select((summary, i) => summary.MonetaryValue * groups.Weights[i]).Sum() / groups.TotalWeight;
        double NegativeMean(double[] parameters)
        {
            if (parameters.Any(value => Math.Abs(value) > 30))
            {
                return double.MaxValue;
            }

            var (p, q, v) = (Math.Exp(parameters[0]), Math.Exp(parameters[1]), Math.Exp(parameters[2]));
            var constant = -SpecialFunctions.LogGamma(q) + q * Math.Log(v);
            frequencies.Compute(x => constant + SpecialFunctions.LogGamma(p * x + q) - SpecialFunctions.LogGamma(p * x) + p * x * Math.Log(x));
            var total = ChunkedSum.Of(groups.Count, (first, end) =>
            {
                var chunkTotal = 0.0;
                for (var i = first; i < end; i++)
                {
                    var (x, _, _, m) = groups.Summaries[i];
                    var px = p * x;
                    chunkTotal += groups.Weights[i] * (frequencies.Values[frequencies.Index[i]] + (px - 1) * logValue[i] - (px + q) * Math.Log(x * m + v));
                }

                return chunkTotal;
            });
            var mean = -total / groups.TotalWeight;
            return double.IsFinite(mean) ? mean : double.MaxValue;
        }

        start ??= [0.0, Math.Log(2.0), Math.Log(Math.Max(meanValue, 1e-3))];
        var best = NelderMead.Minimize(NegativeMean, start, initialStep);
        return new GammaGammaModel(Math.Exp(best[0]), Math.Exp(best[1]), Math.Exp(best[2]));
    }
}

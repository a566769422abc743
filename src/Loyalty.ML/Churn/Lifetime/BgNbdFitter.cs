using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Churn.Lifetime;

/// <summary>
/// Maximum-likelihood fit of <see cref="BgNbdModel"/>: Nelder–Mead on ln r, ln α, ln a, ln b. Customers
/// with identical (x, tₓ, T) are one weighted row, and every term is computed once per distinct x, tₓ or
/// T, so each likelihood evaluation costs a few multiplications and one log-sum-exp per distinct history.
/// </summary>
public static class BgNbdFitter
{
    private const int WarmStartSample = 50_000;

    /// <summary>Fits the model to the customers' summaries; throws when there is nobody to fit.</summary>
    public static BgNbdModel Fit(IReadOnlyList<PurchaseSummary> customers)
    {
        if (customers.Count > 2 * WarmStartSample)
        {
            // A fit on an even sample starts the full fit close to its optimum: far fewer full-data evaluations.
            var every = customers.Count / WarmStartSample;
            var sample = Enumerable.Range(0, WarmStartSample).Select(i => customers[i * every]).ToArray();
            var warm = Fit(sample);
            return Fit(customers, [Math.Log(warm.R), Math.Log(warm.Alpha), Math.Log(warm.A), Math.Log(warm.B)], initialStep: 0.05);
        }

        return Fit(customers, start: null, initialStep: 0.5);
    }

    private static BgNbdModel Fit(IReadOnlyList<PurchaseSummary> customers, double[]? start, double initialStep)
    {
        var groups = WeightedSummaries.Group(customers);
        if (groups.Count == 0)
        {
            throw new ArgumentException("BG/NBD needs at least one customer.", nameof(customers));
        }

        var likelihood = new Likelihood(groups);
        var meanAge = 0.0;
        for (var i = 0; i < groups.Count; i++)
        {
            meanAge += groups.Summaries[i].Age * groups.Weights[i] / groups.TotalWeight;
        }

        start ??= [0.0, Math.Log(Math.Max(meanAge, 1e-3) / 10), 0.0, 0.0];
        return ToModel(NelderMead.Minimize(likelihood.NegativeMean, start, initialStep));
    }

    private static BgNbdModel ToModel(double[] parameters) =>
        new(Math.Exp(parameters[0]), Math.Exp(parameters[1]), Math.Exp(parameters[2]), Math.Exp(parameters[3]));

    private sealed class Likelihood
    {
        private readonly WeightedSummaries _groups;
        private readonly DistinctValues _frequencies;
        private readonly DistinctValues _recencies;
        private readonly DistinctValues _ages;

        public Likelihood(WeightedSummaries groups)
        {
            _groups = groups;
            _frequencies = new DistinctValues(groups.Summaries, summary => summary.Frequency);
            _recencies = new DistinctValues(groups.Summaries, summary => summary.Recency);
            _ages = new DistinctValues(groups.Summaries, summary => summary.Age);
        }

        public double NegativeMean(double[] parameters)
        {
            if (parameters.Any(value => Math.Abs(value) > 30))
            {
                return double.MaxValue;
            }

            var (r, alpha, a, b) = ToModel(parameters);
            var constant = -SpecialFunctions.LogGamma(r) + r * Math.Log(alpha) + SpecialFunctions.LogGamma(a + b) - SpecialFunctions.LogGamma(b);
            _frequencies.Compute(x => constant + SpecialFunctions.LogGamma(r + x) + SpecialFunctions.LogGamma(b + x) - SpecialFunctions.LogGamma(a + b + x));
            _frequencies.ComputeSecond(x => x > 0 ? Math.Log(a) - Math.Log(b + x - 1) : 0);
            _recencies.Compute(t => Math.Log(alpha + t));
            _ages.Compute(t => Math.Log(alpha + t));

            var total = ChunkedSum.Of(_groups.Count, (first, end) =>
            {
                var chunkTotal = 0.0;
                for (var i = first; i < end; i++)
                {
                    var x = _groups.Summaries[i].Frequency;
                    var frequency = _frequencies.Index[i];
                    var a3 = -(r + x) * _ages.Values[_ages.Index[i]];
                    var value = a3;
                    if (x > 0)
                    {
                        var a4 = _frequencies.SecondValues[frequency] - (r + x) * _recencies.Values[_recencies.Index[i]];
                        value = Math.Max(a3, a4) + Math.Log(1 + Math.Exp(-Math.Abs(a3 - a4)));
                    }

                    chunkTotal += _groups.Weights[i] * (_frequencies.Values[frequency] + value);
                }

                return chunkTotal;
            });
            var mean = -total / _groups.TotalWeight;
            return double.IsFinite(mean) ? mean : double.MaxValue;
        }
    }
}

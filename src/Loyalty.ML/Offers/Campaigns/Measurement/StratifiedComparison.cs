using Loyalty.ML.Core.Statistics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace Loyalty.ML.Offers.Campaigns.Measurement;

/// <summary>
/// Treatment against control within strata (offer types), combined with weights by each stratum's customers: the
/// difference of means with a normal-approximation 95% interval (Welch's unpooled variance; a rate is the mean of
/// 0/1 outcomes). Campaign groups run to hundreds or thousands of customers, where the normal approximation holds;
/// a stratum with fewer than two customers in a group cannot give a variance and is left out.
/// </summary>
internal static class StratifiedComparison
{
    public static readonly double Z95 = Normal.InvCDF(0, 1, 0.975);

    public static readonly double ZPower80 = Normal.InvCDF(0, 1, 0.8);

    public static IReadOnlyList<Stratum> Strata(IEnumerable<IEnumerable<CustomerOutcome>> strata, Func<CustomerOutcome, double> value) =>
        [.. strata.Select(customers => Stratum.Of(customers, value)).Where(stratum => stratum.Comparable)];

    /// <summary>The customer-weighted difference over comparable strata; null when none is comparable.</summary>
    public static Difference? Compare(IReadOnlyList<Stratum> strata)
    {
        if (strata.Count == 0)
        {
            return null;
        }

        double total = strata.Sum(stratum => stratum.Customers);
        var (treatment, control, variance) = (0.0, 0.0, 0.0);
        foreach (var stratum in strata)
        {
            var weight = stratum.Customers / total;
            treatment += weight * stratum.Treatment.Mean;
            control += weight * stratum.Control.Mean;
            variance += weight * weight * stratum.Variance;
        }

        return Of(treatment, control, treatment - control, Math.Sqrt(variance));
    }

    /// <summary>Σ treatment customers × difference per customer over the strata, with its interval: what the offer added in total.</summary>
    public static (double Value, MetricInterval Interval)? Total(IReadOnlyList<Stratum> strata)
    {
        if (strata.Count == 0)
        {
            return null;
        }

        var value = strata.Sum(stratum => stratum.Treatment.Count * stratum.Difference);
        var error = Math.Sqrt(strata.Sum(stratum => (double)stratum.Treatment.Count * stratum.Treatment.Count * stratum.Variance));
        return (value, new MetricInterval(value - (Z95 * error), value + (Z95 * error)));
    }

    private static Difference Of(double treatment, double control, double difference, double standardError)
    {
        var interval = new MetricInterval(difference - (Z95 * standardError), difference + (Z95 * standardError));
        return new Difference(treatment, control, difference, interval, !interval.Contains(0));
    }

    /// <summary>One stratum's two groups.</summary>
    internal sealed record Stratum(RunningStatistics Treatment, RunningStatistics Control)
    {
        public bool Comparable => Treatment.Count >= 2 && Control.Count >= 2;

        public long Customers => Treatment.Count + Control.Count;

        public double Difference => Treatment.Mean - Control.Mean;

        public double Variance => (Treatment.Variance / Treatment.Count) + (Control.Variance / Control.Count);

        public static Stratum Of(IEnumerable<CustomerOutcome> customers, Func<CustomerOutcome, double> value)
        {
            var (treatment, control) = (new RunningStatistics(), new RunningStatistics());
            foreach (var customer in customers)
            {
                (customer.Group == CampaignGroup.Control ? control : treatment).Push(value(customer));
            }

            return new Stratum(treatment, control);
        }
    }
}

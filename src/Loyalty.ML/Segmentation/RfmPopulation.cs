using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Segmentation;

/// <summary>
/// The RFM values of every customer segmented at training, sorted, so one customer whose recency, orders or spend
/// changed since can be scored against the same population by the same quintile rule (<see cref="QuintileScorer"/>)
/// without re-segmenting everyone.
/// </summary>
public sealed class RfmPopulation
{
    private readonly Dictionary<string, CustomerRfm> _byCustomer;
    private readonly double[] _recency;
    private readonly double[] _frequency;
    private readonly double[] _monetary;

    private RfmPopulation(IReadOnlyList<CustomerRfm> rows)
    {
        _byCustomer = rows.ToDictionary(row => row.CustomerId, StringComparer.Ordinal);
        _recency = Sorted(rows, row => -row.RecencyDays);
        _frequency = Sorted(rows, row => row.Frequency);
        _monetary = Sorted(rows, row => row.Monetary);
    }

    /// <summary>The population of <paramref name="rows"/>; throws when it is empty.</summary>
    public static RfmPopulation From(IReadOnlyList<CustomerRfm> rows) =>
        rows.Count > 0 ? new RfmPopulation(rows) : throw new ArgumentException("A segment population needs at least one customer.", nameof(rows));

    /// <summary>
    /// The customer's RFM row after <paramref name="orders"/> more orders worth <paramref name="spend"/>, the last of them
    /// <paramref name="daysSinceLastPurchase"/> days ago, scored against the training population.
    /// </summary>
    public CustomerRfm Refresh(string customerId, int daysSinceLastPurchase, int orders, double spend)
    {
        var known = _byCustomer.GetValueOrDefault(customerId);
        var recency = Math.Max(0, daysSinceLastPurchase);
        var frequency = (known?.Frequency ?? 0) + orders;
        var monetary = (known?.Monetary ?? 0) + spend;
        var (r, f, m) = (QuintileScorer.ScoreAgainst(_recency, -recency), QuintileScorer.ScoreAgainst(_frequency, frequency), QuintileScorer.ScoreAgainst(_monetary, monetary));
        return new CustomerRfm(customerId, recency, frequency, monetary, r, f, m, RfmSegments.Of(r, f, m));
    }

    /// <summary>
    /// The segment of a customer after the purchases <paramref name="reported"/> sums up: recency 0 on the day of the
    /// last, their orders and spend added to what training counted.
    /// </summary>
    public CustomerSegment SegmentAfter(string customerId, PurchaseSummary reported) =>
        Refresh(customerId, reported.LatestDay.DayNumber - reported.LastPurchase.DayNumber, reported.Orders, reported.Spend).ToSegment();

    private static double[] Sorted(IReadOnlyList<CustomerRfm> rows, Func<CustomerRfm, double> betterIsHigher)
    {
        var values = rows.Select(betterIsHigher).ToArray();
        Array.Sort(values);
        return values;
    }
}

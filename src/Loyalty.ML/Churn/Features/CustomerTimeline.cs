using System.Numerics;

namespace Loyalty.ML.Churn.Features;

/// <summary>
/// Every customer's orders, first purchase of each item and category, and returns, sorted by day in
/// compact per-customer ranges (CSR layout). Days count from <see cref="Origin"/>, the first purchase's day. Purchase
/// days are <see cref="ushort"/>, which halves the per-line day column, so a timeline spans at most <see cref="MaxDay"/>
/// days. Built once per history, then read as of any cutoff.
/// </summary>
public sealed class CustomerTimeline
{
    /// <summary>The last day a purchase day can hold (about 179 years after <see cref="Origin"/>).</summary>
    public const int MaxDay = ushort.MaxValue;

    /// <summary>Date of day 0.</summary>
    public required DateOnly Origin { get; init; }

    /// <summary>Last day with a purchase.</summary>
    public required int LastDay { get; init; }

    /// <summary>Number of customers (same indexes as the history).</summary>
    public int CustomerCount => OrderStart.Length - 1;

    /// <summary>Orders of customer c are <c>OrderStart[c] .. OrderStart[c + 1]</c>, sorted by day.</summary>
    public required int[] OrderStart { get; init; }

    /// <summary>Day of each order.</summary>
    public required ushort[] OrderDay { get; init; }

    /// <summary>Amount of each order.</summary>
    public required float[] OrderAmount { get; init; }

    /// <summary>Lines of each order.</summary>
    public required int[] OrderLines { get; init; }

    /// <summary>Units (summed quantity) of each order.</summary>
    public required float[] OrderUnits { get; init; }

    /// <summary>First-purchase days of customer c's distinct items: <c>ItemStart[c] .. ItemStart[c + 1]</c>, sorted.</summary>
    public required int[] ItemStart { get; init; }

    /// <summary>Day each distinct item was first bought.</summary>
    public required ushort[] ItemFirstDay { get; init; }

    /// <summary>Item index of each entry of <see cref="ItemFirstDay"/>.</summary>
    public required int[] ItemId { get; init; }

    /// <summary>Number of items in the history.</summary>
    public required int ItemCount { get; init; }

    /// <summary>Item lines of customer c are <c>LineStart[c] .. LineStart[c + 1]</c>, sorted by day.</summary>
    public required int[] LineStart { get; init; }

    /// <summary>Day of each item line.</summary>
    public required ushort[] LineDay { get; init; }

    /// <summary>Item of each item line.</summary>
    public required int[] LineItem { get; init; }

    /// <summary>Same as <see cref="ItemStart"/> for categories.</summary>
    public required int[] CategoryStart { get; init; }

    /// <summary>Day each distinct category was first bought.</summary>
    public required ushort[] CategoryFirstDay { get; init; }

    /// <summary>Returns of customer c are <c>ReturnStart[c] .. ReturnStart[c + 1]</c>, sorted by day.</summary>
    public required int[] ReturnStart { get; init; }

    /// <summary>Day of each return line (before day 0 when a return precedes the first purchase).</summary>
    public required int[] ReturnDay { get; init; }

    /// <summary>Amount of each return line.</summary>
    public required float[] ReturnAmount { get; init; }

    /// <summary>Whether <paramref name="customer"/> made a purchase on or before <paramref name="cutoff"/>: known at that cutoff.</summary>
    public bool KnownAt(int customer, int cutoff)
    {
        var start = OrderStart[customer];
        return start < OrderStart[customer + 1] && OrderDay[start] <= cutoff;
    }

    /// <summary>Day number of <paramref name="date"/>.</summary>
    public int DayOf(DateOnly date) => date.DayNumber - Origin.DayNumber;

    /// <summary>Date of day <paramref name="day"/>.</summary>
    public DateOnly DateOf(int day) => Origin.AddDays(day);

    /// <summary>End (exclusive) of customer c's entries in <paramref name="days"/> that fall on or before <paramref name="cutoff"/>.</summary>
    public static int EndAsOf<TDay>(TDay[] days, int start, int end, int cutoff)
        where TDay : struct, IBinaryInteger<TDay>
    {
        var low = start;
        var high = end;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (int.CreateTruncating(days[middle]) <= cutoff)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}

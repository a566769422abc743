namespace Loyalty.ML.Recommendations.Signals;

/// <summary>
/// What serving needs of each customer's past, in CSR form over customers: the items bought (sorted), per item the
/// day of the last purchase, the number of distinct purchase days and the mean gap between them, and the unit price
/// the customer usually pays.
/// </summary>
public sealed class CustomerHistory
{
    /// <summary>Wraps the arrays as they are (not copied): entries are per customer and item, <paramref name="usualPrice"/> is per customer.</summary>
    public CustomerHistory(int[] offsets, int[] items, int[] lastDay, int[] days, float[] gapDays, float[] usualPrice)
    {
        Offsets = offsets;
        Items = items;
        LastDay = lastDay;
        Days = days;
        GapDays = gapDays;
        UsualPrice = usualPrice;
    }

    /// <summary>Number of customers.</summary>
    public int CustomerCount => Offsets.Length - 1;

    /// <summary>Start of each customer's entries; <see cref="CustomerCount"/> + 1 entries.</summary>
    public int[] Offsets { get; }

    /// <summary>Item per entry, sorted within a customer.</summary>
    public int[] Items { get; }

    /// <summary>Day number (<see cref="DateOnly.DayNumber"/>) of the last purchase per entry.</summary>
    public int[] LastDay { get; }

    /// <summary>Distinct days the item was bought on, per entry.</summary>
    public int[] Days { get; }

    /// <summary>Mean days between those purchase days (0 when bought on one day only).</summary>
    public float[] GapDays { get; }

    /// <summary>Median unit price per customer.</summary>
    public float[] UsualPrice { get; }

    /// <summary>First entry of <paramref name="customer"/>.</summary>
    public int Start(int customer) => Offsets[customer];

    /// <summary>End (exclusive) of <paramref name="customer"/>'s entries.</summary>
    public int End(int customer) => Offsets[customer + 1];

    /// <summary>Items <paramref name="customer"/> bought, ascending.</summary>
    public ReadOnlySpan<int> ItemsOf(int customer) => Items.AsSpan(Offsets[customer], Offsets[customer + 1] - Offsets[customer]);

    /// <summary>Whether <paramref name="customer"/> bought <paramref name="item"/> in the training window.</summary>
    public bool Bought(int customer, int item) => ItemsOf(customer).BinarySearch(item) >= 0;
}

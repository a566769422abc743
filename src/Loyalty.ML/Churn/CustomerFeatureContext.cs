using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Core;

namespace Loyalty.ML.Churn;

/// <summary>
/// What one customer's churn features need from the rest of the data, frozen at training: the day numbering (its
/// first day, which <see cref="ChurnFeature.PresentAtDataStart"/> reads), every item's activity over all customers at
/// the scoring cutoff, the item categories and the fitted BG/NBD model. With it a customer who just bought is
/// re-scored from their own lines alone, through the batch builder's code path: fold-in, not retraining.
/// </summary>
internal sealed class CustomerFeatureContext
{
    private CustomerFeatureContext(DateOnly origin, int cutoffDay, int itemCount, ItemActivity? items, ItemCatalog catalog, BgNbdModel purchases, int horizonDays)
    {
        Origin = origin;
        CutoffDay = cutoffDay;
        ItemCount = itemCount;
        Items = items;
        Catalog = catalog;
        Purchases = purchases;
        HorizonDays = horizonDays;
    }

    /// <summary>The data's first day: day 0 of every feature.</summary>
    public DateOnly Origin { get; }

    /// <summary>The training cutoff day the item activity was computed at.</summary>
    public int CutoffDay { get; }

    /// <summary>Number of items at training; lines name items by their training index.</summary>
    public int ItemCount { get; }

    /// <summary>Item activity by item index over all customers at <see cref="CutoffDay"/>; null without items.</summary>
    public ItemActivity? Items { get; }

    /// <summary>The item catalog at training (categories by item index).</summary>
    public ItemCatalog Catalog { get; }

    /// <summary>The BG/NBD model fitted at training.</summary>
    public BgNbdModel Purchases { get; }

    /// <summary>The churn horizon the BG/NBD columns look ahead.</summary>
    public int HorizonDays { get; }

    /// <summary>The context of the batch build of <paramref name="timeline"/> at <paramref name="cutoffDay"/> with the BG/NBD <paramref name="purchases"/> fitted on it.</summary>
    public static CustomerFeatureContext Create(CustomerTimeline timeline, ItemCatalog catalog, int cutoffDay, BgNbdModel purchases, int horizonDays)
    {
        var items = timeline.ItemCount > 0 ? ItemActivity.Build(timeline, cutoffDay) : null;
        return new CustomerFeatureContext(timeline.Origin, cutoffDay, timeline.ItemCount, items, catalog, purchases, horizonDays);
    }

    /// <summary>A context read back from a bundle (see <c>ChurnContextFile</c>).</summary>
    public static CustomerFeatureContext Restore(DateOnly origin, int cutoffDay, int itemCount, ItemActivity? items, ItemCatalog catalog, BgNbdModel purchases, int horizonDays) =>
        new(origin, cutoffDay, itemCount, items, catalog, purchases, horizonDays);

    /// <summary>
    /// One customer's features as of <paramref name="asOf"/> from that customer's lines alone (their customer column is
    /// ignored; items by training index, -1 for none), as a one-row snapshot; null when no purchase falls on or before it.
    /// </summary>
    public ChurnSnapshot? Build(TransactionLines purchases, TransactionLines returns, DateOnly asOf)
    {
        if (purchases.Count == 0)
        {
            return null;
        }

        var firstDay = int.MaxValue;
        var lastDay = int.MinValue;
        for (var line = 0; line < purchases.Count; line++)
        {
            var day = DateOnly.FromDateTime(purchases.Time[line]).DayNumber - Origin.DayNumber;
            firstDay = Math.Min(firstDay, day);
            lastDay = Math.Max(lastDay, day);
        }

        // A timeline's days start at 0, so a reported purchase before the training's first day moves this customer's origin
        // back to it. The features read distances between days and whether the first purchase lies within 30 days of the
        // origin, which such a purchase satisfies either way.
        var shift = Math.Min(firstDay, 0);
        var origin = Origin.AddDays(shift);
        var timeline = CustomerTimelineBuilder.Build(OneCustomer(purchases), OneCustomer(returns), 1, Catalog, ItemCount, origin, lastDay - shift);
        var snapshot = ChurnFeatureBuilder.Build(timeline, asOf.DayNumber - origin.DayNumber, Items, sample: null);
        if (snapshot.Count == 0)
        {
            return null;
        }

        BuyTillYouDieFeatures.Fill(snapshot, Purchases, HorizonDays);
        return snapshot;
    }

    private TransactionLines OneCustomer(TransactionLines lines)
    {
        // Dense order numbers: the timeline builder sizes a lookup by the largest order index.
        var orders = new Dictionary<int, int>();
        var copy = new TransactionLines();
        for (var line = 0; line < lines.Count; line++)
        {
            var item = lines.Item[line];
            if (item >= ItemCount)
            {
                throw new ArgumentOutOfRangeException(nameof(lines), item, $"Item index {item} is not one of the {ItemCount} items known at training; pass -1 for an unknown item.");
            }

            if (!orders.TryGetValue(lines.Order[line], out var order))
            {
                order = orders.Count;
                orders.Add(lines.Order[line], order);
            }

            copy.Add(0, item, order, lines.Time[line], lines.Quantity[line], lines.UnitPrice[line]);
        }

        return copy;
    }
}

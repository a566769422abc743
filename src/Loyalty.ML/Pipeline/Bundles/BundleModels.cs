using System.Runtime.CompilerServices;
using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Rescoring;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Offers;
using Loyalty.ML.Pipeline.Customers;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>
/// The serving-side models a bundle folder holds, each loaded when its files are there. Used for
/// published bundles (after verification) and by training steps reading what earlier steps staged.
/// <see cref="ForCustomer(string, CustomerEvents, DateOnly)"/> answers for one customer with the events they reported
/// since training; what it re-scores is kept with these models, so a new bundle starts afresh.
/// </summary>
public sealed record BundleModels(
    IRecommender? Recommender,
    IChurnScores? Churn,
    IReadOnlyDictionary<string, CustomerSegment>? Segments,
    IReadOnlyDictionary<string, CustomerFacts>? Customers)
{
    private ChurnRefresh? _churnRefresh;
    private StrongBox<DateOnly>? _lastDay;

    // A copy (a with-expression) may hold other models, so it starts without what this one computed.
    private BundleModels(BundleModels original)
    {
        (Recommender, Churn, Segments, Customers) = (original.Recommender, original.Churn, original.Segments, original.Customers);
        (ChurnRescorer, Tiles, SegmentPopulation) = (original.ChurnRescorer, original.Tiles, original.SegmentPopulation);
    }

    /// <summary>Re-scores a customer who reported purchases since training, when the bundle has the churn fold-in data.</summary>
    public ChurnRescorer? ChurnRescorer { get; init; }

    /// <summary>Every item's tile (name, category, price, page, picture) by item id, when the bundle has them.</summary>
    public IReadOnlyDictionary<string, ItemTile>? Tiles { get; init; }

    /// <summary>The RFM values segments were scored against, to place a customer whose purchases changed since training.</summary>
    public RfmPopulation? SegmentPopulation { get; init; }

    /// <summary>The last day of the training data: events after it are new to these models.</summary>
    public DateOnly LastDay => LazyInitializer.EnsureInitialized(ref _lastDay, () => new StrongBox<DateOnly>(LastDayOf(Recommender, Churn, Customers))).Value;

    /// <summary>
    /// What these models answer for <paramref name="customerId"/> with the events they reported since training, as of
    /// <paramref name="asOf"/> (the day offers are made and limits counted).
    /// </summary>
    public CustomerView ForCustomer(string customerId, CustomerEvents events, DateOnly asOf) => new(this, customerId, events, asOf);

    /// <summary>The view of a customer with <paramref name="recent"/> purchases reported since training, as of <paramref name="asOf"/>.</summary>
    public CustomerView ForCustomer(string customerId, IReadOnlyList<PurchaseEvent> recent, DateOnly asOf) =>
        ForCustomer(customerId, new CustomerEvents([.. recent], []), asOf);

    /// <summary>The view of a customer as of the latest of the models' last day and the customer's own events.</summary>
    public CustomerView ForCustomer(string customerId, CustomerEvents events) => ForCustomer(customerId, events, LatestOf(events));

    /// <summary>Every churn score with the customers who reported purchases in <paramref name="recent"/> re-scored, highest probability first, ties by customer id.</summary>
    public IReadOnlyList<ChurnScore> ChurnByRisk(IRecentEvents recent) => Refresh.ByRisk(recent);

    internal (ChurnScore? Score, DateOnly AsOf) ChurnOf(string customerId, IReadOnlyList<PurchaseEvent> purchases) => Refresh.Of(customerId, purchases);

    /// <summary><paramref name="facts"/> with the segment and churn score these models hold for the customer: what the offer rules read.</summary>
    public CustomerFacts WithScores(CustomerFacts facts) => facts with
    {
        Segment = Segments?.GetValueOrDefault(facts.CustomerId)?.Segment,
        Churn = Churn is { } scores && scores.TryGet(facts.CustomerId, out var score) ? score : null,
    };

    private ChurnRefresh Refresh => LazyInitializer.EnsureInitialized(ref _churnRefresh, () => new ChurnRefresh(Churn, ChurnRescorer));

    /// <summary>Loads every model present in <paramref name="directory"/>.</summary>
    public static BundleModels Load(string directory)
    {
        var facts = Path.Combine(directory, CustomerFactsFile.FileName);
        var segments = SegmentsFile.ReadRowsIfPresent(directory);
        return new BundleModels(
            Recommender: ModelRecommender.LoadIfPresent(directory),
            Churn: ChurnScores.LoadIfPresent(directory),
            Segments: segments is null ? null : SegmentsFile.BySegment(segments),
            Customers: File.Exists(facts) ? CustomerFactsFile.Read(facts) : null)
        {
            ChurnRescorer = ChurnRescorer.LoadIfPresent(directory),
            SegmentPopulation = segments is null ? null : RfmPopulation.From(segments),
            Tiles = ItemTilesFile.LoadIfPresent(directory),
        };
    }

    private DateOnly LatestOf(CustomerEvents events)
    {
        var latest = LastDay;
        foreach (var purchase in events.Purchases)
        {
            latest = purchase.Day > latest ? purchase.Day : latest;
        }

        return latest;
    }

    private static DateOnly LastDayOf(IRecommender? recommender, IChurnScores? churn, IReadOnlyDictionary<string, CustomerFacts>? customers)
    {
        var last = recommender is null ? DateOnly.MinValue : DateOnly.FromDateTime(recommender.AsOf);
        if (churn is not null && churn.AsOf > last)
        {
            last = churn.AsOf;
        }

        foreach (var facts in customers?.Values ?? [])
        {
            last = facts.LastPurchase > last ? facts.LastPurchase : last;
        }

        return last;
    }
}

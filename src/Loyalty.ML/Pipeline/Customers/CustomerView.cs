using Loyalty.ML.Churn;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Offers;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Answers;
using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Pipeline.Customers;

/// <summary>
/// What a bundle's models answer for one customer with the events they reported since training: recommendations of
/// every kind (recent purchases folded in), the churn score re-scored as of their latest purchase, the RFM segment their
/// purchases now earn, and the facts and limit tally the offer rules read as of <see cref="AsOf"/>. Each part is
/// computed on first use; a view is meant for one request and reads one event set throughout.
/// </summary>
public sealed class CustomerView
{
    private readonly BundleModels _models;
    private readonly Lazy<PurchaseSummary?> _summary;
    private readonly Lazy<(ChurnScore? Score, DateOnly AsOf)> _churn;
    private readonly Lazy<CustomerSegment?> _segment;

    internal CustomerView(BundleModels models, string customerId, CustomerEvents events, DateOnly asOf)
    {
        _models = models;
        CustomerId = customerId;
        Events = events;
        AsOf = asOf;
        _summary = new(() => PurchaseSummary.Of(events.Purchases));
        _churn = new(() => models.ChurnOf(customerId, events.Purchases));
        _segment = new(() => Reported is { } reported && models.SegmentPopulation is { } population
            ? population.SegmentAfter(customerId, reported)
            : models.Segments?.GetValueOrDefault(customerId));
    }

    /// <summary>The customer.</summary>
    public string CustomerId { get; }

    /// <summary>The events the view counts.</summary>
    public CustomerEvents Events { get; }

    /// <summary>The day the view answers for: offers are made and limits counted as of it.</summary>
    public DateOnly AsOf { get; }

    /// <summary>What the reported purchases add up to; null when there are none (returns alone are no order).</summary>
    internal PurchaseSummary? Reported => _summary.Value;

    /// <summary>A recommender answering this customer with their reported purchases folded in; null when the bundle has none.</summary>
    public IRecommender? Recommender => _models.Recommender is not { } served ? null
        : Events.Purchases.Count == 0 ? served
        : new CustomerRecommender(served, CustomerId, Events.Purchases);

    /// <summary>The current churn score: re-scored after reported purchases, else the published one; null when there is neither.</summary>
    public ChurnScore? Churn => _churn.Value.Score;

    /// <summary>The day <see cref="Churn"/> is as of: the latest reported purchase's, or the published scores'.</summary>
    public DateOnly ChurnAsOf => _churn.Value.AsOf;

    /// <summary>The segment the bundle holds, or, after reported purchases, the one they now earn; null when there is neither.</summary>
    public CustomerSegment? Segment => _segment.Value;

    /// <summary>
    /// What the offer rules read: the stored facts with the reported purchases added, and the current segment and churn
    /// score. Null when neither the bundle's facts nor the purchases know the customer.
    /// </summary>
    public CustomerFacts? Facts =>
        CustomerFacts.WithPurchases(CustomerId, _models.Customers?.GetValueOrDefault(CustomerId), Reported) is { } facts
            ? facts with { Segment = Segment?.Segment, Churn = Churn }
            : null;

    /// <summary>The customer's list of the kind <paramref name="query"/> asks for; throws when the bundle has no recommender.</summary>
    public RecommendationResult Recommend(RecommendationQuery query) =>
        (Recommender ?? throw new InvalidOperationException("The bundle has no recommender.")).Recommend(CustomerId, query);

    /// <summary>The offers <paramref name="ledger"/> counts plus the reported offer events, as of <see cref="AsOf"/>.</summary>
    public CustomerOfferState OfferState(CustomerOfferState ledger, ProgramLimits limits) => ledger.With(Events.Offers, AsOf, limits);
}

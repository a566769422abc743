using Loyalty.ML.Churn;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Offers;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Recommendations.Answers;
using Loyalty.ML.Segmentation;
using Loyalty.ML.Tests.Churn.Rescoring;
using Loyalty.ML.Tests.Offers;

namespace Loyalty.ML.Tests.Pipeline.Customers;

/// <summary>The library's answer for one customer with the events they reported since training, on churn trained once on the sample.</summary>
public sealed class CustomerViewTests(TrainedChurn trained) : IClassFixture<TrainedChurn>
{
    private const string NewItem = "SKU-NEW";

    [Fact]
    public void ForCustomer_NoEvents_ThePublishedScoreStoredSegmentAndFacts()
    {
        var models = Models();
        var customer = models.Churn!.ByRisk[10];

        var view = models.ForCustomer(customer.CustomerId, CustomerEvents.None);

        Assert.Same(customer, view.Churn);
        Assert.Equal(trained.Published.AsOf, view.ChurnAsOf);
        Assert.Equal(models.Segments![customer.CustomerId], view.Segment);
        Assert.Equal(models.WithScores(models.Customers![customer.CustomerId]), view.Facts);
        Assert.Null(view.Reported);
    }

    [Fact]
    public void ForCustomer_LapsedCustomerBuysAfterTraining_ChurnRescoredAsOfThatDaySegmentAndFactsCountThePurchase()
    {
        var models = Models();
        var lapsed = trained.Published.ByRisk.First(score => score.Band == RiskBand.High && models.Customers!.ContainsKey(score.CustomerId));
        var eventDay = trained.Published.AsOf.AddDays(3);
        var events = CustomerEvents.None.With(Purchase(lapsed.CustomerId, eventDay, "E-1", 40));
        var stored = models.Customers![lapsed.CustomerId];

        var view = models.ForCustomer(lapsed.CustomerId, events, eventDay.AddDays(1));

        Assert.True(view.Churn!.Probability < lapsed.Probability - 0.2, $"P(churn) {lapsed.Probability:0.000} before, {view.Churn.Probability:0.000} after");
        Assert.Equal(eventDay, view.ChurnAsOf);
        Assert.Equal(eventDay.AddDays(1), view.AsOf);
        Assert.Equal(5, view.Segment!.Recency);
        Assert.Equal((stored.Orders + 1, eventDay), (view.Facts!.Orders, view.Facts.LastPurchase));
        Assert.Equal((stored.AverageOrderValue * stored.Orders + 40) / (stored.Orders + 1), view.Facts.AverageOrderValue, 1e-9);
        Assert.Equal((view.Segment.Segment, view.Churn), (view.Facts.Segment, view.Facts.Churn));
    }

    [Fact]
    public void ForCustomer_SameEventsTwice_ReScoresOnce()
    {
        var models = Models();
        var customer = trained.Published.ByRisk[0].CustomerId;
        var events = CustomerEvents.None.With(Purchase(customer, trained.Published.AsOf.AddDays(1), "E-1", 10));

        var first = models.ForCustomer(customer, events).Churn;
        var second = models.ForCustomer(customer, events).Churn;

        Assert.Same(first, second);
    }

    [Fact]
    public void ForCustomer_StrangerWithAPurchase_FactsFromThePurchaseAloneAndAScore()
    {
        var models = Models();
        var day = trained.Published.AsOf.AddDays(2);

        var view = models.ForCustomer("never-seen", CustomerEvents.None.With(Purchase("never-seen", day, "E-9", 25)), day);

        Assert.Equal(new CustomerFacts("never-seen", day, day, 1, 25) with { Segment = view.Segment?.Segment, Churn = view.Churn }, view.Facts);
        Assert.NotNull(view.Churn);
        Assert.Null(models.ForCustomer("never-seen", CustomerEvents.None).Facts);
        Assert.Null(models.ForCustomer("never-seen", CustomerEvents.None).Churn);
    }

    [Fact]
    public void ChurnByRisk_CustomerReportsAPurchase_RescoredInTheirNewPlaceAndTheOrderKept()
    {
        var models = Models();
        var lapsed = models.Churn!.ByRisk[0];
        var recent = new RecentEvents(lapsed.CustomerId, CustomerEvents.None.With(Purchase(lapsed.CustomerId, trained.Published.AsOf.AddDays(1), "E-1", 30)));

        var byRisk = models.ChurnByRisk(recent);

        Assert.Equal(models.Churn.ByRisk.Count, byRisk.Count);
        var moved = byRisk.Single(score => score.CustomerId == lapsed.CustomerId);
        Assert.Equal(models.ForCustomer(lapsed.CustomerId, recent.For(lapsed.CustomerId)).Churn, moved);
        Assert.True(byRisk.Zip(byRisk.Skip(1)).All(pair => ChurnScore.CompareByRisk(pair.First, pair.Second) <= 0));
        Assert.Same(byRisk, models.ChurnByRisk(recent));
        Assert.Same(models.Churn.ByRisk, models.ChurnByRisk(new RecentEvents("nobody", CustomerEvents.None)));
    }

    [Fact]
    public void OfferState_OfferEventsReportedThisPeriodAndMonth_CountOnTopOfTheLedger()
    {
        var today = new DateOnly(2026, 6, 20);
        var events = CustomerEvents.None
            .With(new OfferEvent("o1", "c", "win_back", OfferAction.Issued, today.AddDays(-3), 100, 10))
            .With(new OfferEvent("o2", "c", "birthday", OfferAction.Redeemed, today.AddDays(-1), 50, 0))
            .With(new OfferEvent("o3", "c", "up_sell", OfferAction.Issued, today.AddDays(-60), 70, 0));

        var state = Models().ForCustomer("c", events, today).OfferState(new CustomerOfferState(1, 20), new ProgramLimits());

        Assert.Equal(new CustomerOfferState(2, 170), state);
    }

    [Fact]
    public void Recommender_ReportedPurchases_PassedWithEveryAnswerForThatCustomer()
    {
        var stub = new StubRecommender(new() { [RecommendationKind.CrossSell] = ["x"] });
        var events = CustomerEvents.None.With(Purchase("c", new DateOnly(2026, 1, 2), "E-1", 5));
        var models = new BundleModels(stub, null, null, null);

        var answer = models.ForCustomer("c", events).Recommend(new RecommendationQuery(1, RecommendationKind.CrossSell));

        Assert.Equal("x", answer.Items[0].ItemId);
        Assert.Same(events.Purchases, stub.LastRecent);
        Assert.Same(stub, models.ForCustomer("c", CustomerEvents.None).Recommender);
        Assert.Null(new BundleModels(null, null, null, null).ForCustomer("c", events).Recommender);
    }

    private BundleModels Models()
    {
        var loaded = BundleModels.Load(trained.Directory);
        var rows = RfmSegmentation.Compute(trained.History);
        return new BundleModels(null, loaded.Churn, SegmentsFile.BySegment(rows), CustomerFactsFile.From(trained.History).ToDictionary(facts => facts.CustomerId, StringComparer.Ordinal))
        {
            ChurnRescorer = loaded.ChurnRescorer,
            SegmentPopulation = RfmPopulation.From(rows),
        };
    }

    private static PurchaseEvent Purchase(string customerId, DateOnly day, string eventId, double amount) =>
        new(eventId, customerId, NewItem, 1, amount, new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), "order-" + eventId);

    private sealed class RecentEvents(string customerId, CustomerEvents events) : IRecentEvents
    {
        public long Purchases => events.Purchases.Count;

        public int CustomersWithPurchases => events.Purchases.Count > 0 ? 1 : 0;

        public IEnumerable<string> CustomerIdsWithPurchases() => CustomersWithPurchases > 0 ? [customerId] : [];

        public CustomerEvents For(string customer) => customer == customerId ? events : CustomerEvents.None;
    }
}

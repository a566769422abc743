using System.Text.Json;
using System.Text.Json.Nodes;
using Loyalty.ML.Offers;
using Loyalty.ML.Core;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Pipeline.Steps;
using Loyalty.ML.Pipeline;

namespace Loyalty.ML.Tests.Pipeline.Steps;

public sealed class OffersStepTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Run_History_WritesFactsAndReportsOffersPerType()
    {
        var builder = new PurchaseHistoryBuilder();
        var last = new DateTime(2026, 6, 1);
        builder.AddPurchase("old", "i1", "o1", last.AddDays(-400), 1, 10);
        builder.AddPurchase("old", "i1", "o2", last.AddDays(-30), 1, 10);
        builder.AddPurchase("new", "i2", "o3", last, 2, 15);
        builder.AddProfile(new CustomerProfile("old", null, new DateOnly(1980, 6, 10), null, "email", MarketingConsent: true));
        builder.AddProfile(new CustomerProfile("new", null, null, null, "sms", MarketingConsent: true));
        builder.AddPurchase("silent", "i1", "o4", last.AddDays(-200), 1, 10);
        builder.AddPurchase("silent", "i1", "o5", last.AddDays(-100), 1, 10);
        builder.AddProfile(new CustomerProfile("silent", null, new DateOnly(1970, 6, 5), null, null, MarketingConsent: false));
        var context = new TrainingContext(builder.Build(), _folder.Path, TimeProvider.System);

        OffersStep.Run(context, new OfferRules(), new TrainedModels(Segments: null, Recommender: null, Churn: null));

        Assert.Equal(3, CustomerFactsFile.Read(context.PathOf(CustomerFactsFile.FileName)).Count);
        var offers = context.RunMetrics.Offers!;
        Assert.Equal(2, offers.ByType["birthday"].QualifyingCustomers);
        Assert.Equal(200 + (10.0 / 100 * 30), offers.ExpectedCost, 6);
        var byType = context.MetricsDocument()["offers"]!["by_type"]!.AsObject();
        Assert.Equal(1, Count(byType, "birthday"));
        Assert.Equal(2, byType["birthday"]!["qualifying_customers"]!.GetValue<double>());
        Assert.Equal(1, Count(byType, "new_customer_nurture"));
        Assert.Equal(0, Count(byType, "win_back"));
        Assert.Equal(200 + (10.0 / 100 * 30), context.MetricsDocument()["offers"]!["expected_cost"]!.GetValue<double>(), 6);
        Assert.Equal(2, offers.CustomersWithOffers);
    }

    [Fact]
    public void Run_MoreCustomersThanEvaluated_WritesEveryCustomersFactsAndScalesASystematicSample()
    {
        var builder = new PurchaseHistoryBuilder();
        var last = new DateTime(2026, 6, 1);
        for (var customer = 0; customer < 7; customer++)
        {
            // Customers 0, 2 and 4 (the sample of 3 in 7: every 7/3rd) are new (one order this month), the others bought a year ago.
            builder.AddPurchase($"c{customer}", "i1", $"o{customer}", customer is 0 or 2 or 4 ? last.AddDays(-customer) : last.AddDays(-365 - customer), 1, 10);
            builder.AddProfile(new CustomerProfile($"c{customer}", null, null, null, "email", MarketingConsent: true));
        }

        var context = new TrainingContext(builder.Build(), _folder.Path, TimeProvider.System);

        OffersStep.Run(context, new OfferRules(), new TrainedModels(Segments: null, Recommender: null, Churn: null), maxCustomersEvaluated: 3);

        Assert.Equal(7, CustomerFactsFile.Read(context.PathOf(CustomerFactsFile.FileName)).Count);
        var offers = context.RunMetrics.Offers!;
        Assert.Equal((7, 3), (offers.Customers, offers.CustomersEvaluated));
        Assert.Equal(7, offers.ByType["new_customer_nurture"].QualifyingCustomers);
    }

    [Fact]
    public void Run_CustomersOverSeveralChunks_ReportsWhatOneCustomerAtATimeInCustomerOrderReports()
    {
        var builder = new PurchaseHistoryBuilder();
        var last = new DateTime(2026, 6, 1);
        for (var customer = 0; customer < 2_500; customer++)
        {
            // Recency, spend, birthday and consent vary, so each chunk holds several offer types and uneven costs.
            var id = $"c{customer}";
            builder.AddPurchase(id, $"i{customer % 7}", $"o{customer}a", last.AddDays(-(customer * 37 % 500)), 1 + (customer % 3), 5 + (customer % 11 * 1.37f));
            builder.AddPurchase(id, $"i{customer % 5}", $"o{customer}b", last.AddDays(-(customer * 13 % 90)), 1, 3 + (customer % 17 * 0.91f));
            builder.AddProfile(new CustomerProfile(id, null, new DateOnly(1960 + (customer % 40), 6, 1 + (customer % 28)), null, "email", MarketingConsent: customer % 4 != 0));
        }

        var history = builder.Build();
        var context = new TrainingContext(history, _folder.Path, TimeProvider.System);
        var rules = new OfferRules();

        OffersStep.Run(context, rules, new TrainedModels(Segments: null, Recommender: null, Churn: null));

        var engine = new OfferEngine(rules);
        var today = DateOnly.FromDateTime(history.LastTime);
        var expected = new OfferReport(2_500, 2_500, rules.Limits);
        foreach (var customer in CustomerFactsFile.From(history))
        {
            var candidates = engine.Candidates(customer, null, today);
            expected.Add(customer, candidates, OfferLimits.Apply(candidates, customer, CustomerOfferState.None, rules.Limits));
        }

        Assert.True(context.RunMetrics.Offers!.ByType.Count > 1);
        Assert.Equal(Json(expected.Metrics(today)), Json(context.RunMetrics.Offers!));
    }

    public void Dispose() => _folder.Dispose();

    private static string Json(OfferMetrics metrics) => JsonSerializer.Serialize(metrics, MetricsJsonContext.Bundle.OfferMetrics);

    private static double Count(JsonObject byType, string type) => byType[type]!["customers"]!.GetValue<double>();
}

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

    public void Dispose() => _folder.Dispose();

    private static double Count(JsonObject byType, string type) => byType[type]!["customers"]!.GetValue<double>();
}

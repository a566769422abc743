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

    public void Dispose() => _folder.Dispose();

    private static double Count(JsonObject byType, string type) => byType[type]!["customers"]!.GetValue<double>();
}

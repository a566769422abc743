using Loyalty.ML.Offers;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Core;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Pipeline.Steps;
using Loyalty.ML.Pipeline.Exports;

namespace Loyalty.ML.Tests.Pipeline.Exports;

public sealed class OfferExportTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Write_PublishedBundle_WritesOneRankedLinePerOfferHonouringTheLedger()
    {
        var bundle = PublishedBundle();
        var ledgerPath = _folder.Combine("issued.csv");
        File.WriteAllLines(ledgerPath, ["customer_id,offer_type,issued_on,bonus_value", "b,birthday,2026-06-01,1500"]);
        using var output = new StringWriter();

        var (customers, offers) = OfferExport.Write(output, bundle, new OfferEngine(new OfferRules()), OfferLedger.Load(ledgerPath), new DateOnly(2026, 6, 1));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(OfferExport.Header, lines[0]);
        Assert.Equal((3, 1), (customers, offers));
        Assert.StartsWith("a,1,birthday,,0,200,1,email,2026-06-01,2026-06-17,", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void Write_BundleWithoutFacts_ThrowsSayingToRetrain()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        new TrainingPipeline(_ => { }, TimeProvider.System).Run(new TrainingInput(History(), new { }, [], new Dictionary<string, long>()), registry);

        var error = Assert.Throws<InvalidDataException>(() => OfferExport.Write(TextWriter.Null, ModelBundle.Load(registry.CurrentPath), new OfferEngine(new OfferRules()), OfferLedger.Empty, new DateOnly(2026, 6, 1)));

        Assert.Contains("retrain", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private ModelBundle PublishedBundle()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        var input = new TrainingInput(History(), new { }, [], new Dictionary<string, long>());
        new TrainingPipeline(context => OffersStep.Run(context, new OfferRules(), new TrainedModels(null, null, null)), TimeProvider.System).Run(input, registry);
        return ModelBundle.Load(registry.CurrentPath);
    }

    private static PurchaseHistory History()
    {
        var builder = new PurchaseHistoryBuilder();
        var last = new DateTime(2026, 6, 1);
        foreach (var customer in new[] { "a", "b", "c" })
        {
            builder.AddPurchase(customer, "i1", $"{customer}-1", last.AddDays(-300), 1, 10);
            builder.AddPurchase(customer, "i2", $"{customer}-2", last, 1, 10);
            builder.AddProfile(new CustomerProfile(customer, null, new DateOnly(1985, 6, 10), null, null, MarketingConsent: customer != "c"));
        }

        return builder.Build();
    }
}

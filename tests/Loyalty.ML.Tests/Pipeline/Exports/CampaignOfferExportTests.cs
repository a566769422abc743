using Loyalty.ML.Core;
using Loyalty.ML.Offers;
using Loyalty.ML.Offers.Campaigns;
using Loyalty.ML.Offers.Rules;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Steps;
using Loyalty.ML.Pipeline.Exports;

namespace Loyalty.ML.Tests.Pipeline.Exports;

public sealed class CampaignOfferExportTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Write_NamedCampaign_ControlCustomersRecordedButNeverInTheTreatmentExport()
    {
        var (lines, recorded) = Export(includeControl: false);

        var control = recorded.Where(row => row.Group == CampaignGroup.Control).Select(row => row.CustomerId).ToHashSet();
        var exported = lines.Skip(1).Select(line => line.Split(',')[0]).ToHashSet();
        Assert.InRange(control.Count, 10, 50);
        Assert.Empty(exported.Intersect(control));
        Assert.Equal(recorded.Where(row => row.Group == CampaignGroup.Treatment).Select(row => row.CustomerId).ToHashSet(), exported);
        Assert.All(lines.Skip(1), line => Assert.EndsWith(",spring,treatment", line, StringComparison.Ordinal));
        Assert.All(recorded, row => Assert.Equal(CampaignAssigner.GroupOf("spring", row.CustomerId, 0.3), row.Group));
    }

    [Fact]
    public void Write_IncludeControl_MarksTheControlRows()
    {
        var (lines, recorded) = Export(includeControl: true);

        var markedControl = lines.Skip(1).Where(line => line.EndsWith(",control", StringComparison.Ordinal)).Select(line => line.Split(',')[0]).ToHashSet();
        Assert.Equal(CampaignOfferExport.Header, lines[0]);
        Assert.Equal(recorded.Where(row => row.Group == CampaignGroup.Control).Select(row => row.CustomerId).ToHashSet(), markedControl);
        Assert.Equal(recorded.Count, lines.Length - 1);
    }

    public void Dispose() => _folder.Dispose();

    private (string[] Lines, List<CampaignAssignment> Recorded) Export(bool includeControl)
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        var input = new TrainingInput(History(), new { }, [], new Dictionary<string, long>());
        new TrainingPipeline(context => OffersStep.Run(context, new OfferRules(), new TrainedModels(null, null, null)), TimeProvider.System).Run(input, registry);
        var rules = new OfferRules { Holdout = new HoldoutRules { Campaigns = new Dictionary<string, double> { ["spring"] = 0.3 } } };
        var recorded = new List<CampaignAssignment>();
        using var output = new StringWriter();

        CampaignOfferExport.Write(output, ModelBundle.Load(registry.CurrentPath), new OfferEngine(rules), OfferLedger.Empty, Today,
            new CampaignExportOptions("spring", rules.Holdout, includeControl, recorded.AddRange));

        return (output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), recorded);
    }

    // Every customer has a birthday within the window and consent, so every customer gets a birthday offer.
    private static PurchaseHistory History()
    {
        var builder = new PurchaseHistoryBuilder();
        var last = Today.ToDateTime(TimeOnly.MinValue);
        for (var index = 0; index < 100; index++)
        {
            var customer = $"C{index:D4}";
            builder.AddPurchase(customer, "i1", $"{customer}-1", last.AddDays(-300), 1, 10);
            builder.AddPurchase(customer, "i2", $"{customer}-2", last, 1, 10);
            builder.AddProfile(new CustomerProfile(customer, null, new DateOnly(1985, 6, 10), null, null, MarketingConsent: true));
        }

        return builder.Build();
    }
}

using Loyalty.ML.Offers.Campaigns.Measurement;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.SampleData;
using Loyalty.ML.Tests.Offers.Campaigns.Measurement;

namespace Loyalty.ML.Tests.Pipeline.Steps;

public sealed class CampaignsStepTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Run_RecordedCampaign_WritesItsReportUnderCampaignsInMetricsAndTheSummary()
    {
        var (history, campaign) = SampleDataGenerator.GenerateCampaignHistory(CampaignMeasurementTests.Simulated(lift: 0.15));
        var input = new TrainingInput(history, new { }, [], new Dictionary<string, long>()) { CampaignAssignments = campaign.Assignments };

        var result = new TrainingPipeline(_ => { }, TimeProvider.System).Run(input, new ModelRegistry(_folder.Combine("models")));

        var section = result.Metrics["campaigns"]!["winback-sim"]!;
        Assert.Equal(campaign.TreatmentCustomers, section["overall"]!["treatment_customers"]!.GetValue<int>());
        Assert.Equal(2, section["overall"]!["conversion"]!["within_60_days"]!["interval_95"]!.AsArray().Count);
        Assert.Contains(result.Summary, line => line.StartsWith("campaign winback-sim: 60-day conversion", StringComparison.Ordinal));
        Assert.All(result.Gates, gate => Assert.True(gate.Passed, gate.Name));
        Assert.IsType<CampaignReport>(result.Typed.Campaigns!["winback-sim"]);
    }

    public void Dispose() => _folder.Dispose();
}

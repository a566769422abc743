using Loyalty.ML.Offers.Campaigns;
using Loyalty.ML.Pipeline.Exports;

namespace Loyalty.ML.Tests.Training.Commands.Exports;

public sealed class ExportOffersCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void ExportOffers_TrainedSample_WritesCsvAndLeavesNoTemporaryFile()
    {
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "generate", "--out", "data/sample", "--customers", "200", "--items", "50", "--lines", "4000").ExitCode);
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "train").ExitCode);

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "export-offers", "--out", "offers.csv", "--as-of", "2025-12-31");

        Assert.True(exitCode == 0, output);
        var lines = File.ReadAllLines(_folder.Combine("offers.csv"));
        Assert.Equal(CampaignOfferExport.Header, lines[0]);
        Assert.True(lines.Length > 1, "no customer of the sample got an offer");
        Assert.All(lines.Skip(1), line => Assert.Contains(",2025-12-31,", line, StringComparison.Ordinal));
        Assert.All(lines.Skip(1), line => Assert.EndsWith(",treatment", line, StringComparison.Ordinal));
        Assert.False(File.Exists(_folder.Combine("offers.csv.tmp")));
        Assert.NotEmpty(CampaignAssignmentFile.Read(_folder.Combine("models", CampaignAssignmentFile.FileName)));
    }

    [Fact]
    public void TrainAndExport_NoCustomersFile_ReportConsentAsUnknownAndWhatEachLimitRemoved()
    {
        var data = _folder.Write("sales.csv", "customer_id,item_id,order_id,timestamp,quantity,unit_price\nC1,I1,O1,2026-02-01T10:00:00,1,2.5\nC2,I1,O2,2026-02-02T10:00:00,2,2.5\n");

        var refused = TrainerProcess.Run(_folder.Path, "train", "--data", data);
        var refusedLimits = OfferLimits("models");
        var exported = TrainerProcess.Run(_folder.Path, "export-offers", "--out", "offers.csv", "--as-of", "2026-02-02");
        var granted = TrainerProcess.Run(_folder.Path, "train", "--data", data, "--models", "granted", "--unknown-consent", "granted");
        var grantedLimits = OfferLimits("granted");

        Assert.True(refused.ExitCode == 0 && exported.ExitCode == 0 && granted.ExitCode == 0, refused.Output + exported.Output + granted.Output);
        Assert.Equal((2, "refused", 2), ((int)refusedLimits["consent_unknown"]!, (string)refusedLimits["unknown_consent_counts_as"]!, (int)refusedLimits["removed_by_consent_unknown"]!));
        Assert.Equal(("granted", 0), ((string)grantedLimits["unknown_consent_counts_as"]!, (int)grantedLimits["removed_by_consent_unknown"]!));
        Assert.Contains("marketing consent: 0 granted, 0 refused, 2 unknown (unknown counts as refused", refused.Output, StringComparison.Ordinal);
        Assert.Contains("limits took offers from: 0 customers (consent refused), 2 (consent unknown)", refused.Output, StringComparison.Ordinal);
        Assert.Contains("limits took offers from: 0 customers (consent refused), 2 (consent unknown)", exported.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportOffers_NamedCampaign_ControlCustomersAbsentUnlessAskedForAndTheNextTrainingMeasuresIt()
    {
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "generate", "--out", "data/sample", "--customers", "200", "--items", "50", "--lines", "4000").ExitCode);
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "train").ExitCode);
        File.WriteAllText(_folder.Combine("rules.json"), """{ "holdout": { "campaigns": { "june": 0.4 } } }""");

        var treatmentOnly = TrainerProcess.Run(_folder.Path, "export-offers", "--campaign", "june", "--rules", "rules.json", "--as-of", "2025-12-01", "--out", "treatment.csv", "--assignments", "june.csv");
        var both = TrainerProcess.Run(_folder.Path, "export-offers", "--campaign", "june", "--rules", "rules.json", "--as-of", "2025-12-01", "--out", "both.csv", "--assignments", "june.csv", "--include-control");

        Assert.True(treatmentOnly.ExitCode == 0 && both.ExitCode == 0, treatmentOnly.Output + both.Output);
        var control = CampaignAssignmentFile.Read(_folder.Combine("june.csv")).Where(row => row.Group == CampaignGroup.Control).Select(row => row.CustomerId).ToHashSet();
        Assert.NotEmpty(control);
        Assert.DoesNotContain(File.ReadLines(_folder.Combine("treatment.csv")).Skip(1), line => control.Contains(line.Split(',')[0]));
        Assert.All(File.ReadLines(_folder.Combine("both.csv")).Skip(1).Where(line => control.Contains(line.Split(',')[0])), line => Assert.EndsWith(",june,control", line, StringComparison.Ordinal));

        var report = TrainerProcess.Run(_folder.Path, "campaign-report", "june", "--assignments", "june.csv");
        Assert.True(report.ExitCode == 0, report.Output);
        Assert.Contains("verdict: ", report.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportOffers_NoPublishedModel_FailsWithOneErrorLine()
    {
        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "export-offers");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: ", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.Combine("offers.csv")));
    }

    private System.Text.Json.Nodes.JsonNode OfferLimits(string registry) =>
        System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(_folder.Combine(registry, "current", "metrics.json")))!["offers"]!["limits"]!;

    public void Dispose() => _folder.Dispose();
}

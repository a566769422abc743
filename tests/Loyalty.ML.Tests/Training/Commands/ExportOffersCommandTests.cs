using Loyalty.ML.Offers.Campaigns;
using Loyalty.ML.Pipeline.Exports;

namespace Loyalty.ML.Tests.Training.Commands;

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

    public void Dispose() => _folder.Dispose();
}

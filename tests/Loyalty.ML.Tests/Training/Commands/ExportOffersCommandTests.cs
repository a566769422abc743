using Loyalty.ML.Pipeline;

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
        Assert.Equal(OfferExport.Header, lines[0]);
        Assert.True(lines.Length > 1, "no customer of the sample got an offer");
        Assert.All(lines.Skip(1), line => Assert.Contains(",2025-12-31,", line, StringComparison.Ordinal));
        Assert.False(File.Exists(_folder.Combine("offers.csv.tmp")));
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

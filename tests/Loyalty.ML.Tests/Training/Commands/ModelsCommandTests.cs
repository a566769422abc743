using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Tests.Training.Commands;

public sealed class ModelsCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Theory]
    [InlineData("rollback")]
    [InlineData("show")]
    [InlineData("show", "v999")]
    [InlineData("compare")]
    [InlineData("compare", "v1", "v1")]
    public void Models_NothingToActOn_FailsWithOneErrorLineAndNoStackTrace(params string[] arguments)
    {
        var (exitCode, output) = TrainerProcess.Run(_folder.Path, ["models", .. arguments]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Models_TwoPublishedVersions_ListShowAndRollBack()
    {
        var data = _folder.Combine("sales.csv");
        File.WriteAllLines(data, ["customer_id,item_id,order_id,timestamp,quantity,unit_price", "C1,I1,O1,2026-02-01T10:00:00,1,2.5"]);
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "train", "--data", data).ExitCode);
        Thread.Sleep(1100);
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "train", "--data", data).ExitCode);

        var listed = TrainerProcess.Run(_folder.Path, "models", "list").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var shown = TrainerProcess.Run(_folder.Path, "models", "show").Output;
        var rollback = TrainerProcess.Run(_folder.Path, "models", "rollback");

        Assert.Equal(2, listed.Length);
        Assert.StartsWith("*", listed[1], StringComparison.Ordinal);
        Assert.Contains("files verified", shown, StringComparison.Ordinal);
        Assert.Equal(0, rollback.ExitCode);
        Assert.Contains(listed[0].Trim().Split(' ')[0], rollback.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ModelsCompare_TwoVersions_PrintsRowCountsAndEachMetricWithTheChange()
    {
        var data = _folder.Combine("sales.csv");
        File.WriteAllLines(data, ["customer_id,item_id,order_id,timestamp,quantity,unit_price", "C1,I1,O1,2026-02-01T10:00:00,1,2.5"]);
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "train", "--data", data).ExitCode);
        File.AppendAllLines(data, ["C2,I1,O2,2026-02-02T10:00:00,2,2.5", "C3,I1,O3,2026-02-03T10:00:00,1,2.5"]);
        Thread.Sleep(1100);
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "train", "--data", data).ExitCode);
        var versions = new ModelRegistry(_folder.Combine("models")).List().Select(manifest => manifest.Version).ToList();

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "models", "compare");

        Assert.True(exitCode == 0, output);
        Assert.Contains(versions[0], output, StringComparison.Ordinal);
        Assert.Contains(versions[1], output, StringComparison.Ordinal);
        var customers = output.Split('\n').Single(line => line.StartsWith("kpis.customers ", StringComparison.Ordinal));
        Assert.Equal(["kpis.customers", "1", "3", "+2"], customers.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var rows = output.Split('\n').Single(line => line.StartsWith("data.rows_accepted ", StringComparison.Ordinal));
        Assert.Equal(["data.rows_accepted", "1", "3", "+2"], rows.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void ModelsCompare_OnlyOneVersion_FailsSayingThereIsNothingBefore()
    {
        var data = _folder.Combine("sales.csv");
        File.WriteAllLines(data, ["customer_id,item_id,order_id,timestamp,quantity,unit_price", "C1,I1,O1,2026-02-01T10:00:00,1,2.5"]);
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "train", "--data", data).ExitCode);

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "models", "compare");

        Assert.Equal(2, exitCode);
        Assert.Contains("no version published before the current one", output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}

using System.Text.Json.Nodes;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Tests.Training.Commands.Models;

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
    public void Json_TrainListAndCompare_PrintOneDocumentEachWithSourceAndHeadlineMetrics()
    {
        var data = _folder.Combine("sales.csv");
        File.WriteAllLines(data, ["customer_id,item_id,order_id,timestamp,quantity,unit_price", "C1,I1,O1,2026-02-01T10:00:00,1,2.5", "C2,I1,O2,2026-02-02T10:00:00,2,2.5"]);
        var trained = TrainerProcess.RunSplit(_folder.Path, "train", "--data", data, "--json");
        Thread.Sleep(1100);
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "train", "--data", data).ExitCode);

        var list = TrainerProcess.RunSplit(_folder.Path, "models", "list", "--json");
        var compare = TrainerProcess.RunSplit(_folder.Path, "models", "compare", "--json");

        Assert.True(trained.ExitCode == 0 && list.ExitCode == 0 && compare.ExitCode == 0, trained.Error + list.Error + compare.Error);
        var summary = JsonNode.Parse(trained.Output)!;
        Assert.Equal(2, (long)summary["data"]!["rows_accepted"]!);
        Assert.Equal(Path.GetFullPath(data), (string)summary["source"]!["path"]!);
        Assert.NotNull(summary["headline"]!["kpis.customers"]);
        Assert.Contains(summary["gates"]!.AsArray(), gate => (string)gate!["name"]! == "late_last_day");
        var versions = JsonNode.Parse(list.Output)!.AsArray();
        Assert.Equal(((string)summary["version"]!, false), ((string)versions[0]!["version"]!, (bool)versions[0]!["current"]!));
        Assert.True((bool)versions[1]!["current"]!);
        Assert.Equal(2, (double)versions[1]!["headline"]!["kpis.customers"]!);
        Assert.Equal(Path.GetFullPath(data), (string)versions[1]!["source"]!["path"]!);
        var comparison = JsonNode.Parse(compare.Output)!;
        Assert.True((bool)comparison["same_source"]!);
        Assert.Contains(comparison["rows"]!.AsArray(), row => (string)row!["metric"]! == "kpis.customers" && (double)row["change"]! == 0);
    }

    [Fact]
    public void ModelsCompare_VersionsTrainedOnDifferentFiles_SaysDifferentDataNotCompared()
    {
        string[] lines = ["customer_id,item_id,order_id,timestamp,quantity,unit_price", "C1,I1,O1,2026-02-01T10:00:00,1,2.5"];
        File.WriteAllLines(_folder.Combine("a.csv"), lines);
        File.WriteAllLines(_folder.Combine("b.csv"), [.. lines, "C2,I1,O2,2026-02-02T10:00:00,2,2.5"]);
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "train", "--data", "a.csv").ExitCode);
        Thread.Sleep(1100);
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "train", "--data", "b.csv").ExitCode);

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "models", "compare");

        Assert.Equal(0, exitCode);
        Assert.Contains("note: different data, not compared", output, StringComparison.Ordinal);
        var customers = output.Split('\n').Single(line => line.StartsWith("kpis.customers ", StringComparison.Ordinal));
        Assert.EndsWith("-", customers.TrimEnd());
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

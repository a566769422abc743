using System.Text.Json.Nodes;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Tests.Training.Commands;

public sealed class TuneCommandTests : IDisposable
{
    private static readonly string[] SmallSearch = ["--data", "data/sample", "--trials", "2", "--windows", "1", "--factors", "4,8", "--iterations", "5"];
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Tune_Publish_PublishesTheSettingsTheSameSearchKeeps()
    {
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "generate", "--out", "data/sample", "--customers", "300", "--items", "60", "--lines", "6000").ExitCode);
        var kept = TrainerProcess.Run(_folder.Path, ["tune", .. SmallSearch, "--settings-out", "kept.json"]);

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, ["tune", .. SmallSearch, "--publish"]);

        Assert.True(kept.ExitCode == 0 && exitCode == 0, kept.Output + output);
        var current = _folder.Combine("models", BundleFiles.Current);
        var published = JsonNode.Parse(File.ReadAllText(Path.Combine(current, BundleFiles.Manifest)))!["parameters"]!["recommender"]!;
        var settings = JsonNode.Parse(File.ReadAllText(_folder.Combine("kept.json")))!;
        Assert.Equal(settings["als"]!.ToJsonString(), published["als"]!.ToJsonString());
        var tuning = JsonNode.Parse(File.ReadAllText(Path.Combine(current, BundleFiles.Metrics)))!["recommendations"]!["tuning"]!;
        Assert.Equal(2, (int)tuning["trials"]!);
        Assert.StartsWith($"factors {(int)published["als"]!["factors"]!},", (string)tuning["chosen"]!, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}

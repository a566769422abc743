using System.Text.Json.Nodes;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Tests.Training.Commands.Train;

public sealed class TuneCommandTests : IDisposable
{
    private static readonly string[] SmallSearch = ["--data", "data/sample", "--trials", "2", "--factors", "4,8", "--iterations", "5", "--ease-lambda", "20,400", "--item-knn-neighbors", "20", "--popularity-half-life", "7", "--blend-weight", "0.5"];
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
        foreach (var key in (string[])["als", "ease", "item_knn_neighbors", "blend_weight", "popularity_half_life_days"])
        {
            Assert.Equal(settings[key]!.ToJsonString(), published[key]!.ToJsonString());
        }

        var tuning = JsonNode.Parse(File.ReadAllText(Path.Combine(current, BundleFiles.Metrics)))!["recommendations"]!["tuning"]!;
        // Per candidate its current settings and each other variant: ALS 2 drawn, EASE 1 (400 is the current λ), item-kNN 1, popularity 1, blend none (0.5 is current), all-time none.
        Assert.Equal(6 + 2 + 1 + 1 + 1, (int)tuning["trials"]!);
        Assert.StartsWith($"factors {(int)published["als"]!["factors"]!},", (string)tuning["candidates"]!["als"]!["kept"]!, StringComparison.Ordinal);
        Assert.StartsWith($"λ {(float)published["ease"]!["lambda"]!},", (string)tuning["candidates"]!["ease"]!["kept"]!, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}

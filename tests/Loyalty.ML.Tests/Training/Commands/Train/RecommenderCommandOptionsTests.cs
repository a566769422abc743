using System.Text.Json.Nodes;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Tests.Training.Commands.Train;

public sealed class RecommenderCommandOptionsTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Train_SettingsFile_TrainsWithItAndTheManifestRecordsIt()
    {
        Generate();
        File.WriteAllText(_folder.Combine("settings.json"), """{ "als": { "factors": 8, "iterations": 5, "regularization": 3 }, "personal": "item_knn", "blend_weight": 0.3 }""");

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "train", "--settings", "settings.json");

        Assert.True(exitCode == 0, output);
        var current = _folder.Combine("models", BundleFiles.Current);
        var recommender = JsonNode.Parse(File.ReadAllText(Path.Combine(current, BundleFiles.Manifest)))!["parameters"]!["recommender"]!;
        Assert.Equal(8, (int)recommender["als"]!["factors"]!);
        Assert.Equal(5, (int)recommender["als"]!["iterations"]!);
        Assert.Equal(3, (double)recommender["als"]!["regularization"]!);
        Assert.Equal("item_knn", (string)recommender["personal"]!);
        Assert.Equal(0.3, (double)recommender["blend_weight"]!, 5);
        var metrics = JsonNode.Parse(File.ReadAllText(Path.Combine(current, BundleFiles.Metrics)))!["recommendations"]!;
        Assert.Equal("item_knn", (string)metrics["chosen"]!);
        Assert.Equal("settings", (string)metrics["chosen_on"]!);
    }

    [Theory]
    [InlineData("""{ "als": { "factorz": 8 } }""", "factorz")]
    [InlineData("""{ "als": { "factors": 0 } }""", "factors must be at least 1")]
    [InlineData("""{ "personal": "magic" }""", "personal")]
    public void Train_InvalidSettingsFile_IsRefusedNamingTheKeyAndPublishesNothing(string settings, string named)
    {
        Generate();
        File.WriteAllText(_folder.Combine("settings.json"), settings);

        var (exitCode, output) = TrainerProcess.Run(_folder.Path, "train", "--settings", "settings.json");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("settings.json", output, StringComparison.Ordinal);
        Assert.Contains(named, output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.Combine("models", BundleFiles.Current)));
    }

    private void Generate() =>
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "generate", "--out", "data/sample", "--customers", "300", "--items", "60", "--lines", "6000").ExitCode);

    public void Dispose() => _folder.Dispose();
}

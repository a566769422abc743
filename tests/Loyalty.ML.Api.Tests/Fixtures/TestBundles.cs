using System.Text.Json.Nodes;
using Loyalty.ML.SampleData;
using Loyalty.ML.Core;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>
/// Bundles for the test registries. One bundle is trained per test run, with the standard steps on small
/// generated data; publishing a version copies its files into a fresh bundle, so every version serves real models.
/// </summary>
public static class TestBundles
{
    private static readonly Lazy<Trained> Template = new(Train);

    /// <summary>The generated history the bundle is trained on.</summary>
    public static PurchaseHistory History => Template.Value.History;

    /// <summary>A customer the trained model knows.</summary>
    public static string KnownCustomer => History.Customers[0];

    /// <summary>An item the trained model knows.</summary>
    public static string KnownItem => History.Items[0];

    /// <summary>Publishes the trained models as <paramref name="version"/> and makes it current.</summary>
    public static BundleManifest Publish(ModelRegistry registry, string version)
    {
        using var writer = BundleWriter.Begin(registry, version);
        foreach (var (name, bytes) in Template.Value.Files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(writer.PathOf(name))!);
            File.WriteAllBytes(writer.PathOf(name), bytes);
        }

        return writer.Publish(CreatedAt(registry), [], new Dictionary<string, long>(), []);
    }

    /// <summary>Publishes a bundle holding only <paramref name="metrics"/> and no models.</summary>
    public static BundleManifest PublishMetricsOnly(ModelRegistry registry, string version, JsonObject metrics)
    {
        using var writer = BundleWriter.Begin(registry, version);
        File.WriteAllText(writer.PathOf(BundleFiles.Metrics), metrics.ToJsonString());
        return writer.Publish(CreatedAt(registry), [], new Dictionary<string, long>(), []);
    }

    /// <summary>Publishes <paramref name="version"/>, corrupts one of its files and only then makes it current.</summary>
    public static void PublishCorrupt(ModelRegistry registry, string version)
    {
        // Published into a side registry: published in the watched one, the service could load it before the corruption.
        var side = new ModelRegistry(Path.Combine(Path.GetDirectoryName(registry.Root)!, $"side-{Guid.NewGuid():N}"));
        Publish(side, version);
        File.AppendAllText(Path.Combine(side.PathOf(version), BundleFiles.Metrics), " ");
        Directory.Move(side.PathOf(version), registry.PathOf(version));
        Directory.Delete(side.Root, recursive: true);
        HandSwitch.PointCurrentAt(registry, version);
    }

    private static DateTimeOffset CreatedAt(ModelRegistry registry) => DateTimeOffset.UnixEpoch.AddDays(registry.List().Count);

    private static Trained Train()
    {
        var (history, _) = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 400, Items = 120, Lines = 8_000, Seed = 7 });
        var registry = new ModelRegistry(Path.Combine(Path.GetTempPath(), $"loyalty-api-template-{Guid.NewGuid():N}"));
        var input = new TrainingInput(history, new { rows = history.Purchases.Count }, [], new Dictionary<string, long>());
        try
        {
            var bundle = new TrainingPipeline(new TrainingSettings(), TimeProvider.System).Run(input, registry).Directory;
            var files = Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(bundle, path))
                .Where(name => name != BundleFiles.Manifest)
                .ToDictionary(name => name, name => File.ReadAllBytes(Path.Combine(bundle, name)), StringComparer.Ordinal);
            return new Trained(history, files);
        }
        finally
        {
            Directory.Delete(registry.Root, recursive: true);
        }
    }

    private sealed record Trained(PurchaseHistory History, IReadOnlyDictionary<string, byte[]> Files);
}

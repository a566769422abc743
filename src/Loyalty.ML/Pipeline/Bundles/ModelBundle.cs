using System.Text.Json.Nodes;
using Loyalty.ML.Churn;
using Loyalty.ML.Offers;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>
/// A published bundle loaded for serving: verified against its manifest, immutable once loaded.
/// Models the bundle does not hold (item models on item-less data, say) are null.
/// </summary>
public sealed class ModelBundle
{
    private ModelBundle(string directory, BundleManifest manifest, JsonObject metrics, BundleModels models, Data.Mapping.DisplayFormat? display)
    {
        Directory = directory;
        Manifest = manifest;
        Metrics = metrics;
        Models = models;
        Display = display;
    }

    /// <summary>Folder the bundle was loaded from.</summary>
    public string Directory { get; }

    /// <summary>The bundle's manifest.</summary>
    public BundleManifest Manifest { get; }

    /// <summary>Version of the bundle.</summary>
    public string Version => Manifest.Version;

    /// <summary>metrics.json: KPIs and evaluation.</summary>
    public JsonObject Metrics { get; }

    /// <summary>How the data's dates and amounts are written for people (the mapping's <c>display</c>); null: ISO dates, no currency.</summary>
    public Data.Mapping.DisplayFormat? Display { get; }

    /// <summary>The models the bundle holds.</summary>
    public BundleModels Models { get; }

    /// <summary>Recommendation answers, when the bundle has an item model.</summary>
    public IRecommender? Recommender => Models.Recommender;

    /// <summary>Churn scores, when the bundle has them.</summary>
    public IChurnScores? Churn => Models.Churn;

    /// <summary>RFM segment per customer id, when the bundle has them.</summary>
    public IReadOnlyDictionary<string, CustomerSegment>? Segments => Models.Segments;

    /// <summary>Per-customer facts the offer rules use, when the bundle has them.</summary>
    public IReadOnlyDictionary<string, CustomerFacts>? Customers => Models.Customers;

    /// <summary>Verifies and loads the bundle in <paramref name="directory"/>; throws <see cref="InvalidDataException"/> when it is not usable.</summary>
    public static ModelBundle Load(string directory)
    {
        var manifest = BundleVerifier.Verify(directory);
        return new ModelBundle(directory, manifest, ReadMetrics(directory), BundleModels.Load(directory), ReadDisplay(directory));
    }

    // The display format sits in the data report; a bundle without one (or one that does not read) is shown plainly.
    private static Data.Mapping.DisplayFormat? ReadDisplay(string directory)
    {
        var path = Path.Combine(directory, BundleFiles.DataReport);
        try
        {
            return File.Exists(path) ? Core.BundleJson.Read<Data.DataReport>(path).Display : null;
        }
        catch (Exception error) when (error is System.Text.Json.JsonException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The metrics.json of the bundle in <paramref name="directory"/> (empty when it has none), without loading its models.</summary>
    public static JsonObject ReadMetrics(string directory)
    {
        var metricsPath = Path.Combine(directory, BundleFiles.Metrics);
        return File.Exists(metricsPath)
            ? JsonNode.Parse(File.ReadAllText(metricsPath)) as JsonObject ?? throw new InvalidDataException($"{metricsPath}: not a JSON object.")
            : [];
    }
}

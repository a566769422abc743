using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Loyalty.ML.Core;
using Loyalty.ML.Data;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Pipeline.Reporting;

/// <summary>The <see cref="RunRecord"/> of a run: while it is staged, or read back from a stored version.</summary>
public static class StoredRun
{
    /// <summary>The file name of the figures in a bundle.</summary>
    public const string FiguresFile = "figures.json";

    /// <summary>Reads <paramref name="version"/> of <paramref name="registry"/>, compared with the latest version before it trained on the same data.</summary>
    public static RunRecord Read(ModelRegistry registry, string version)
    {
        var directory = registry.PathOf(version);
        var manifest = BundleJson.Read<BundleManifest>(Path.Combine(directory, BundleFiles.Manifest));
        var metrics = ModelBundle.ReadMetrics(directory);
        var earlier = registry.List().TakeWhile(entry => entry.Version != version).ToList();
        var (previous, notCompared) = Previous(earlier, manifest.Transactions, version);
        return new RunRecord(
            version,
            manifest.CreatedAt,
            metrics,
            TypedOf(metrics),
            ReadOrNull(Path.Combine(directory, BundleFiles.DataReport), path => BundleJson.Read<DataReport>(path)),
            ReadOrNull(Path.Combine(directory, FiguresFile), path => JsonSerializer.Deserialize(File.ReadAllText(path), FiguresJsonContext.Bundle.RunFigures)) ?? new RunFigures(),
            [],
            previous,
            previous is null ? [] : MetricsComparison.Compare(ModelBundle.ReadMetrics(registry.PathOf(previous)), metrics),
            manifest.Transactions) { NotCompared = notCompared };
    }

    /// <summary>The record of a staged run, compared with the latest published version trained on the same data.</summary>
    internal static RunRecord Staged(TrainingContext context, JsonObject metrics, DataReport? report, ModelRegistry registry, IReadOnlyList<SourceFingerprint> sources, DateTimeOffset trainedAt)
    {
        var source = sources.Count > 0 ? sources[0] : null;
        var (previous, notCompared) = Previous(registry.List(), source, "this run");
        JsonObject? previousMetrics = null;
        try
        {
            previousMetrics = previous is null ? null : ModelBundle.ReadMetrics(registry.PathOf(previous));
        }
        catch (Exception error) when (error is IOException or JsonException or InvalidDataException)
        {
            previous = null;
        }

        var comparison = previousMetrics is null ? [] : MetricsComparison.Compare(previousMetrics, metrics);
        return new RunRecord(null, trainedAt, metrics, context.RunMetrics, report, context.Figures, context.Summary, previous, comparison, source) { NotCompared = notCompared };
    }

    /// <summary>The typed sections of a stored metrics.json; a section written in another shape is null.</summary>
    public static RunMetrics TypedOf(JsonObject metrics) => new()
    {
        Kpis = Section(metrics, "kpis", MetricsJsonContext.Strict.KpiMetrics),
        Segments = Section(metrics, "segments", MetricsJsonContext.Strict.SegmentMetrics),
        Recommendations = Section(metrics, "recommendations", MetricsJsonContext.Strict.RecommenderMetrics),
        AlsoBought = Section(metrics, "also_bought", MetricsJsonContext.Strict.AlsoBoughtMetrics),
        Churn = MetricsComparison.ChurnOf(metrics),
        Offers = Section(metrics, "offers", MetricsJsonContext.Strict.OfferMetrics),
        Campaigns = Section(metrics, "campaigns", MetricsJsonContext.Strict.IReadOnlyDictionaryStringCampaignReport),
        Online = Section(metrics, "online", MetricsJsonContext.Strict.OnlineReport),
    };

    // The latest of the earlier versions trained on the same transactions file; when there are earlier versions but
    // none on that file, none is compared and the reason says so.
    private static (string? Previous, string? NotCompared) Previous(IReadOnlyList<BundleManifest> earlier, SourceFingerprint? source, string subject)
    {
        if (earlier.Count == 0)
        {
            return (null, null);
        }

        if (earlier.LastOrDefault(manifest => BundleManifest.SameSource(manifest.Transactions, source)) is { } same)
        {
            return (same.Version, null);
        }

        var latest = earlier[^1];
        var theirs = latest.Transactions?.Path is { } path ? Path.GetFileName(path) : "an unrecorded source";
        var ours = source?.Path is { } own ? Path.GetFileName(own) : "an unrecorded source";
        return (null, $"different data, not compared: no earlier version was trained on the same data as {subject} ({ours}); the latest, {latest.Version}, was trained on {theirs}, so its metrics measure something else.");
    }

    /// <summary>Writes <c>figures.json</c> into <paramref name="directory"/>.</summary>
    internal static void WriteFigures(RunFigures figures, string directory) =>
        File.WriteAllText(Path.Combine(directory, FiguresFile), JsonSerializer.Serialize(figures, FiguresJsonContext.Bundle.RunFigures));

    // A section an older version wrote in another shape is left out of the report rather than failing it.
    private static T? Section<T>(JsonObject metrics, string name, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return metrics[name] is JsonObject section ? section.Deserialize(type) : null;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return null;
        }
    }

    private static T? ReadOrNull<T>(string path, Func<string, T?> read)
        where T : class
    {
        try
        {
            return File.Exists(path) ? read(path) : null;
        }
        catch (Exception error) when (error is IOException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}

using System.Text.Json.Nodes;

namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>Side-by-side metrics of two model versions, for deciding whether a retrained model is better.</summary>
public static class MetricsComparison
{
    private const string IntervalSection = "intervals_95";

    private static readonly string[] WindowPaths = ["churn.test_cutoff", "recommendations.fit"];

    /// <summary>
    /// Compares <paramref name="older"/> with <paramref name="newer"/> on the headline metrics (read from their typed
    /// sections), or on every number either document holds when <paramref name="all"/>; metrics neither run reports are
    /// left out.
    /// </summary>
    public static IReadOnlyList<MetricDelta> Compare(JsonObject older, JsonObject newer, bool all = false)
    {
        if (all)
        {
            return [.. NumberPaths(older).Union(NumberPaths(newer))
                .Select(path => new MetricDelta(path, NumberAt(older, path), NumberAt(newer, path), IntervalAt(newer, path)))
                .Where(row => row.Older is not null || row.Newer is not null)];
        }

        var (before, after) = (RunMetrics.FromDocument(older), RunMetrics.FromDocument(newer));
        return [.. HeadlineMetrics.All
            .Select(metric => (Older: metric.Of(before), Newer: metric.Of(after)))
            .Where(pair => pair.Older.Value is not null || pair.Newer.Value is not null)
            .Select(pair => new MetricDelta(pair.Newer.Value is null ? pair.Older.Path : pair.Newer.Path, pair.Older.Value, pair.Newer.Value, pair.Newer.Interval))];
    }

    /// <summary>The headline figures a run reports, from its typed sections.</summary>
    public static IReadOnlyList<HeadlineFigure> HeadlineOf(RunMetrics metrics) =>
        [.. HeadlineMetrics.All.Select(metric => metric.Of(metrics)).Where(figure => figure.Value is not null)];

    /// <summary>The headline figures of a stored metrics.json (a published version's), read into its typed sections.</summary>
    public static IReadOnlyList<HeadlineFigure> HeadlineOf(JsonObject metrics) => HeadlineOf(RunMetrics.FromDocument(metrics));

    /// <summary>
    /// What makes the two runs' metrics measure different things, one line each: the test windows they were
    /// evaluated on (a backtest at another churn test cutoff); empty when the windows match.
    /// </summary>
    public static IReadOnlyList<string> WindowMismatches(JsonObject older, JsonObject newer)
    {
        var mismatches = new List<string>();
        foreach (var path in WindowPaths)
        {
            var (before, after) = (Node(older, path)?.ToJsonString(), Node(newer, path)?.ToJsonString());
            if (before is not null && after is not null && before != after)
            {
                mismatches.Add($"{path} differs ({before} against {after}): the metrics it governs were measured on a different window or fit.");
            }
        }

        return mismatches;
    }

    /// <summary>The number at a dotted <paramref name="path"/> of a document, for comparing every number two documents hold; null when there is none.</summary>
    internal static double? NumberAt(JsonObject metrics, string path) => Number(Node(metrics, path));

    // A section's intervals sit beside its metrics: churn.auc has its interval at churn.intervals_95.auc.
    private static (double, double)? IntervalAt(JsonObject metrics, string path)
    {
        var split = path.IndexOf('.', StringComparison.Ordinal);
        return split > 0 && Node(metrics, $"{path[..split]}.{IntervalSection}.{path[(split + 1)..]}") is JsonArray { Count: 2 } pair
            && Number(pair[0]) is { } low && Number(pair[1]) is { } high
            ? (low, high)
            : null;
    }

    private static JsonNode? Node(JsonObject metrics, string path)
    {
        JsonNode? node = metrics;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject section && section.TryGetPropertyValue(part, out var child) ? child : null;
        }

        return node;
    }

    // An in-memory JsonValue holding an int does not convert to double itself, so other numbers go through their JSON
    // text; a double or float is read as it is, so an infinity (which has no JSON text) never throws.
    private static double? Number(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<double>(out var number) => number,
        JsonValue value when value.TryGetValue<float>(out var number) => number,
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number =>
            double.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private static IEnumerable<string> NumberPaths(JsonObject section, string prefix = "")
    {
        foreach (var (name, child) in section)
        {
            if (name == IntervalSection)
            {
                continue;
            }

            var path = prefix + name;
            if (child is JsonObject nested)
            {
                foreach (var inner in NumberPaths(nested, path + "."))
                {
                    yield return inner;
                }
            }
            else if (Number(child) is not null)
            {
                yield return path;
            }
        }
    }
}

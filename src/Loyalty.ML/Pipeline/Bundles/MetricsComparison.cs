using System.Text.Json;
using System.Text.Json.Nodes;
using Loyalty.ML.Churn.Metrics;

namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>Side-by-side metrics of two model versions, for deciding whether a retrained model is better.</summary>
public static class MetricsComparison
{
    /// <summary>The metrics a data scientist reads first: quality against the baselines, then the program's size.</summary>
    public static readonly IReadOnlyList<string> Headline =
    [
        "recommendations.served.ndcg_at_10",
        "recommendations.ndcg_lift_over_best_baseline",
        "recommendations.ndcg_at_10",
        "recommendations.recall_at_10",
        "recommendations.hit_rate_at_10",
        "recommendations.coverage",
        "recommendations.baselines.item_knn.ndcg_at_10",
        "recommendations.baselines.popularity.ndcg_at_10",
        "also_bought.hit_rate_at_10",
        "also_bought.baselines.popularity.hit_rate_at_10",
        "churn.auc",
        "churn.pr_auc",
        "churn.brier",
        "churn.lift_at_10pct",
        "churn.auc_gain_over_recency",
        "churn.auc_gain_over_best_baseline",
        "churn.baselines.recency.auc",
        "churn.baselines.bgnbd.auc",
        "churn.diagnostics.in_time_cv.auc",
        "churn.diagnostics.segments.one_time.auc",
        "churn.diagnostics.segments.repeat.auc",
        "kpis.customers",
        "kpis.active_customers",
        "kpis.engagement_rate_pct",
        "kpis.repeat_purchase_rate_pct",
        "kpis.revenue",
        "kpis.retention.retention_rate_pct",
        "offers.win_back.churn_weighted_revenue_at_stake",
    ];

    private const string IntervalSection = "intervals_95";

    private static readonly string[] WindowPaths = ["churn.test_cutoff", "recommendations.fit"];

    /// <summary>
    /// Compares <paramref name="older"/> with <paramref name="newer"/> on the <see cref="Headline"/> metrics, or
    /// on every number either reports when <paramref name="all"/>; metrics neither run reports are left out.
    /// </summary>
    public static IReadOnlyList<MetricDelta> Compare(JsonObject older, JsonObject newer, bool all = false)
    {
        var paths = all ? NumberPaths(older).Union(NumberPaths(newer)).ToList() : Headline;
        var (olderChurn, newerChurn) = (ChurnHeadline.Of(ChurnOf(older)), ChurnHeadline.Of(ChurnOf(newer)));
        var rows = new List<MetricDelta>();
        foreach (var path in paths)
        {
            var (before, after) = (FigureAt(older, olderChurn, path), FigureAt(newer, newerChurn, path));
            if (before.Value is not null || after.Value is not null)
            {
                rows.Add(new MetricDelta(path, before.Value, after.Value, after.Interval));
            }
        }

        return rows;
    }

    /// <summary>The <see cref="Headline"/> figures of a run that reports them: the churn figures from its typed section, the others from its metrics.json.</summary>
    public static IReadOnlyList<HeadlineFigure> HeadlineOf(JsonObject metrics, RunMetrics typed) => HeadlineOf(metrics, typed.Churn);

    /// <summary>The <see cref="Headline"/> figures of a stored metrics.json (a published version's).</summary>
    public static IReadOnlyList<HeadlineFigure> HeadlineOf(JsonObject metrics) => HeadlineOf(metrics, ChurnOf(metrics));

    private static IReadOnlyList<HeadlineFigure> HeadlineOf(JsonObject metrics, ChurnMetrics? typedChurn)
    {
        var churn = ChurnHeadline.Of(typedChurn);
        return [.. Headline.Select(path => FigureAt(metrics, churn, path)).Where(figure => figure.Value is not null)];
    }

    /// <summary>
    /// The typed <c>churn</c> section of a stored metrics.json; null when it has none or it is not of this version's shape,
    /// whose figures are then read by path.
    /// </summary>
    public static ChurnMetrics? ChurnOf(JsonObject metrics)
    {
        try
        {
            return metrics["churn"] is JsonObject section ? section.Deserialize(MetricsJsonContext.Strict.ChurnMetrics) : null;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static HeadlineFigure FigureAt(JsonObject metrics, IReadOnlyDictionary<string, HeadlineFigure> churn, string path) =>
        churn.TryGetValue(path, out var figure) ? figure : new HeadlineFigure(path, NumberAt(metrics, path), IntervalAt(metrics, path));

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

    // A section's intervals sit beside its metrics: churn.auc has its interval at churn.intervals_95.auc.
    private static (double, double)? IntervalAt(JsonObject metrics, string path)
    {
        var split = path.IndexOf('.', StringComparison.Ordinal);
        return split > 0 && Node(metrics, $"{path[..split]}.{IntervalSection}.{path[(split + 1)..]}") is JsonArray { Count: 2 } pair
            && Number(pair[0]) is { } low && Number(pair[1]) is { } high
            ? (low, high)
            : null;
    }

    /// <summary>The number at a dotted <paramref name="path"/> of <paramref name="metrics"/>; null when there is none.</summary>
    public static double? NumberAt(JsonObject metrics, string path) => Number(Node(metrics, path));

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

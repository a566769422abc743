using System.Text.Json.Serialization;

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// The <c>recommendations</c> section of metrics.json: ALS's top-K figures (at the top level), the split, its lift
/// over item-kNN, the baselines' figures, the fit time and the fit; or, when nothing could be evaluated, why.
/// </summary>
[JsonConverter(typeof(RecommenderMetricsConverter))]
public sealed record RecommenderMetrics
{
    /// <summary>ALS's figures; null when not evaluated.</summary>
    public RankingSummary? Als { get; init; }

    /// <summary>Start of the test period.</summary>
    public DateTime SplitTime { get; init; }

    /// <summary>Customers who bought new items both before and after the split.</summary>
    public int EligibleTestCustomers { get; init; }

    /// <summary>ALS's NDCG over item-kNN's, to four decimals.</summary>
    public double NdcgLiftOverItemKnn { get; init; }

    /// <summary>The popularity baseline's figures.</summary>
    public RankingSummary? Popularity { get; init; }

    /// <summary>The item-kNN baseline's figures.</summary>
    public RankingSummary? ItemKnn { get; init; }

    /// <summary>Seconds the evaluation fit took, to milliseconds (differs between runs).</summary>
    public double AlsFitSeconds { get; init; }

    /// <summary>The fit the figures measure.</summary>
    public RecommenderFit? Fit { get; init; }

    /// <summary>Why nothing was evaluated; null when it was.</summary>
    public string? NotEvaluatedReason { get; init; }

    /// <summary>The section of a run that could not be evaluated.</summary>
    public static RecommenderMetrics NotEvaluated(string reason) => new() { NotEvaluatedReason = reason };
}

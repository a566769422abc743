using System.Text.Json;
using System.Text.Json.Serialization;
using Loyalty.ML.Core;
using Loyalty.ML.Offers;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Recommendations.Evaluation.Metrics;
using Loyalty.ML.Segmentation;
using Loyalty.ML.Segmentation.Kpis;

namespace Loyalty.ML.Pipeline;

/// <summary>Source-generated JSON for the typed sections of metrics.json, with the bundle files' conventions.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(KpiMetrics))]
[JsonSerializable(typeof(RecommenderMetrics))]
[JsonSerializable(typeof(AlsoBoughtMetrics))]
[JsonSerializable(typeof(RecommenderFit))]
[JsonSerializable(typeof(RankingSummary))]
[JsonSerializable(typeof(SegmentMetrics))]
[JsonSerializable(typeof(OfferMetrics))]
internal sealed partial class MetricsJsonContext : JsonSerializerContext
{
    /// <summary>The context over <see cref="BundleJson.Options"/>: snake_case, named float literals, readable escaping.</summary>
    public static MetricsJsonContext Bundle { get; } = new(new JsonSerializerOptions(BundleJson.Options));
}

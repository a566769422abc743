using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Metrics;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Offers;
using Loyalty.ML.Offers.Campaigns.Measurement;
using Loyalty.ML.Recommendations.Evaluation.Metrics;
using Loyalty.ML.Recommendations.Selection;
using Loyalty.ML.Segmentation;
using Loyalty.ML.Segmentation.Kpis;

namespace Loyalty.ML.Pipeline;

/// <summary>Source-generated JSON for the typed sections of metrics.json, with the bundle files' conventions.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(KpiMetrics))]
[JsonSerializable(typeof(RecommenderMetrics))]
[JsonSerializable(typeof(AlsoBoughtMetrics))]
[JsonSerializable(typeof(RecommenderFit))]
[JsonSerializable(typeof(FactorCollapse))]
[JsonSerializable(typeof(RankingSummary))]
[JsonSerializable(typeof(SegmentMetrics))]
[JsonSerializable(typeof(OfferMetrics))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, CampaignReport>))]
[JsonSerializable(typeof(SegmentationParameters))]
[JsonSerializable(typeof(RecommenderOptions))]
[JsonSerializable(typeof(ChurnOptions))]
[JsonSerializable(typeof(ChurnMetrics))]
[JsonSerializable(typeof(ChurnEvaluationMetrics))]
[JsonSerializable(typeof(PublishedScoresMetrics))]
[JsonSerializable(typeof(Experiments.OnlineReport))]
internal sealed partial class MetricsJsonContext : JsonSerializerContext
{
    /// <summary>The context over <see cref="BundleJson.Options"/>: snake_case, named float literals, readable escaping.</summary>
    public static MetricsJsonContext Bundle { get; } = new(new JsonSerializerOptions(BundleJson.Options));

    /// <summary>
    /// The same conventions for reading stored files strictly: a section missing a member its record requires (one written
    /// by an older version) fails to read rather than reading as a record holding nulls it declares impossible.
    /// </summary>
    public static MetricsJsonContext Strict { get; } = new(new JsonSerializerOptions(BundleJson.Options)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    });

    /// <summary>Sets <paramref name="name"/> of <paramref name="sections"/> to <paramref name="section"/> as JSON; leaves it out when null.</summary>
    public static void AddSection<T>(IDictionary<string, JsonNode?> sections, string name, T? section, JsonTypeInfo<T> type)
        where T : class
    {
        if (section is not null)
        {
            sections[name] = JsonSerializer.SerializeToNode(section, type);
        }
    }
}

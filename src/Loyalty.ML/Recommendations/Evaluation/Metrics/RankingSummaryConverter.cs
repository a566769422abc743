using System.Text.Json;
using System.Text.Json.Serialization;
using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Evaluation.Metrics;

/// <summary>Writes <see cref="RankingSummary"/> with K in its names; read back for the report of a stored version.</summary>
internal sealed class RankingSummaryConverter : JsonConverter<RankingSummary>
{
    public override RankingSummary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return MetricsElement.Summary(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, RankingSummary value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteFields(writer, value);
        writer.WriteEndObject();
    }

    /// <summary>The figures as properties of the object being written.</summary>
    public static void WriteFields(Utf8JsonWriter writer, RankingSummary value)
    {
        writer.WriteMetric($"ndcg_at_{value.K}", value.Ndcg);
        writer.WriteMetric($"recall_at_{value.K}", value.Recall);
        writer.WriteMetric($"hit_rate_at_{value.K}", value.HitRate);
        writer.WriteMetric($"map_at_{value.K}", value.Map);
        writer.WriteMetric("coverage", value.Coverage);
        writer.WriteNumber("test_customers", value.TestCustomers);
    }
}

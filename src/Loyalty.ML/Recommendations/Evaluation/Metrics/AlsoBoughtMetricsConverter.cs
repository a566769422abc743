using System.Text.Json;
using System.Text.Json.Serialization;
using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Evaluation.Metrics;

/// <summary>Writes <see cref="AlsoBoughtMetrics"/> with K in its names.</summary>
internal sealed class AlsoBoughtMetricsConverter : JsonConverter<AlsoBoughtMetrics>
{
    public override AlsoBoughtMetrics Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("metrics.json sections are written only; stored files are read by path (MetricsComparison).");

    public override void Write(Utf8JsonWriter writer, AlsoBoughtMetrics value, JsonSerializerOptions options)
    {
        var key = $"hit_rate_at_{value.K}";
        writer.WriteStartObject();
        writer.WriteMetric(key, value.HitRate);
        writer.WriteString("method", MethodNames.Of(value.Method));
        HitRate(writer, "co_occurrence", key, value.CoOccurrence);
        HitRate(writer, "factors", key, value.Factors);
        writer.WriteStartObject("baselines");
        HitRate(writer, "popularity", key, value.Popularity);
        writer.WriteEndObject();
        writer.WriteNumber("test_orders", value.TestOrders);
        if (value.Candidates.Count > 0)
        {
            writer.WriteString("headline", value.Headline);
            writer.WriteString("best_baseline", AlsoBoughtMetrics.BestBaseline);
            writer.WriteMetric("hit_rate_lift_over_best_baseline", value.LiftOverBestBaseline);
            writer.WriteString("chosen_on", value.ChosenOn);
            if (value.Note is not null)
            {
                writer.WriteString("note", value.Note);
            }

            writer.WriteStartObject("candidates");
            foreach (var candidate in value.Candidates)
            {
                writer.WriteStartObject(candidate.Name);
                writer.WriteMetric(key, candidate.HitRate);
                if (candidate.ValidationHitRate is { } validation)
                {
                    writer.WriteMetric("validation_" + key, validation);
                }

                writer.WriteBoolean("eligible", candidate.Eligible);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void HitRate(Utf8JsonWriter writer, string name, string key, double value)
    {
        writer.WriteStartObject(name);
        writer.WriteMetric(key, value);
        writer.WriteEndObject();
    }
}

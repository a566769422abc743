using System.Text.Json;
using System.Text.Json.Serialization;
using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Evaluation.Metrics;

/// <summary>Writes <see cref="AlsoBoughtMetrics"/> with K in its names.</summary>
internal sealed class AlsoBoughtMetricsConverter : JsonConverter<AlsoBoughtMetrics>
{
    public override AlsoBoughtMetrics Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var k = MetricsElement.KOf(root, "hit_rate_at_");
        var key = $"hit_rate_at_{k}";
        // Sections written before the choice name no method: they served co-occurrence.
        var method = MetricsElement.Text(root, "method") ?? "co_occurrence";
        double Of(JsonElement? element, string section) => element is { } e && MetricsElement.Object(e, section) is { } s ? MetricsElement.Number(s, key) : double.NaN;
        var candidates = MetricsElement.Object(root, "candidates");
        return new AlsoBoughtMetrics(k, method, Of(root, "co_occurrence"), Of(root, "factors"), Of(MetricsElement.Object(root, "baselines"), "popularity"), (int)MetricsElement.Number(root, "test_orders"))
        {
            EligibleTestOrders = MetricsElement.NumberOrNull(root, "test_orders_eligible") is { } eligible ? (int)eligible : null,
            HitRateStdError = MetricsElement.NumberOrNull(root, key + "_std_error"),
            ChosenOn = MetricsElement.Text(root, "chosen_on"),
            Note = MetricsElement.Text(root, "note"),
            Candidates = candidates is { } list
                ? [.. list.EnumerateObject().Select(p => new AlsoBoughtCandidate(p.Name, MetricsElement.Number(p.Value, key), MetricsElement.NumberOrNull(p.Value, "validation_" + key), MetricsElement.Flag(p.Value, "eligible", true)))]
                : [],
        };
    }

    public override void Write(Utf8JsonWriter writer, AlsoBoughtMetrics value, JsonSerializerOptions options)
    {
        var key = $"hit_rate_at_{value.K}";
        writer.WriteStartObject();
        writer.WriteMetric(key, value.HitRate);
        writer.WriteString("method", value.Method);
        HitRate(writer, "co_occurrence", key, value.CoOccurrence);
        HitRate(writer, "factors", key, value.Factors);
        writer.WriteStartObject("baselines");
        HitRate(writer, "popularity", key, value.Popularity);
        writer.WriteEndObject();
        writer.WriteNumber("test_orders", value.TestOrders);
        if (value.EligibleTestOrders is { } eligible)
        {
            writer.WriteNumber("test_orders_eligible", eligible);
        }

        if (value.HitRateStdError is { } error)
        {
            writer.WriteMetric(key + "_std_error", error);
        }

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

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Loyalty.ML.Churn.Metrics;

/// <summary>
/// Writes <see cref="ChurnMetrics"/> as one flat object, the evaluation's members then the published scores', or
/// <c>horizon_days</c>, <c>evaluated: false</c> and the reason in place of the evaluation; reads it back the same way.
/// </summary>
internal sealed class ChurnMetricsConverter : JsonConverter<ChurnMetrics>
{
    public override ChurnMetrics Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var section = JsonNode.Parse(ref reader) as JsonObject ?? throw new JsonException("The churn section is not an object.");
        var published = section.Deserialize(TypeInfo<PublishedScoresMetrics>(options)) ?? throw new JsonException("The churn section has no published scores.");
        if (section["evaluated"] is JsonValue evaluated && evaluated.TryGetValue<bool>(out var wasEvaluated) && !wasEvaluated)
        {
            return new ChurnMetrics
            {
                HorizonDays = section["horizon_days"]?.GetValue<int>() ?? 0,
                NotEvaluatedReason = section["reason"]?.GetValue<string>(),
                Published = published,
            };
        }

        var evaluation = section.Deserialize(TypeInfo<ChurnEvaluationMetrics>(options)) ?? throw new JsonException("The churn section has no evaluation.");
        return new ChurnMetrics { HorizonDays = evaluation.HorizonDays, Evaluation = evaluation, Published = published };
    }

    public override void Write(Utf8JsonWriter writer, ChurnMetrics value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Evaluation is { } evaluation)
        {
            WriteMembers(writer, evaluation, options);
        }
        else
        {
            writer.WriteNumber("horizon_days", value.HorizonDays);
            writer.WriteBoolean("evaluated", false);
            writer.WriteString("reason", value.NotEvaluatedReason);
        }

        WriteMembers(writer, value.Published, options);
        writer.WriteEndObject();
    }

    private static void WriteMembers<T>(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        foreach (var (name, member) in JsonSerializer.SerializeToNode(value, TypeInfo<T>(options))!.AsObject())
        {
            writer.WritePropertyName(name);
            if (member is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                member.WriteTo(writer, options);
            }
        }
    }

    private static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}

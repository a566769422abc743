using System.Globalization;
using System.Text.Json;

namespace Loyalty.ML.Recommendations.Evaluation.Metrics;

/// <summary>Reads the recommender's sections back from metrics.json, so the report of a stored version can show them.</summary>
internal static class MetricsElement
{
    /// <summary>K of the figures written as <c>ndcg_at_{K}</c> (or <c>hit_rate_at_{K}</c>) in <paramref name="element"/>.</summary>
    public static int KOf(JsonElement element, string prefix)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(property.Name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var k))
            {
                return k;
            }
        }

        throw new JsonException($"no {prefix}K figure");
    }

    public static RankingSummary Summary(JsonElement element)
    {
        var k = KOf(element, "ndcg_at_");
        return new RankingSummary(k, Number(element, $"ndcg_at_{k}"), Number(element, $"recall_at_{k}"), Number(element, $"hit_rate_at_{k}"), Number(element, $"map_at_{k}"), Number(element, "coverage"), (int)Number(element, "test_customers"));
    }

    public static double Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.NaN;

    public static double? NumberOrNull(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    public static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static bool Flag(JsonElement element, string name, bool fallback) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : fallback;

    public static JsonElement? Object(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    public static DateTime Time(JsonElement element, string name) =>
        Text(element, name) is { } text ? DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : default;
}

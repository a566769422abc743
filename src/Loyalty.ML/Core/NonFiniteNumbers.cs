using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Loyalty.ML.Core;

/// <summary>
/// Finds the numbers of a metrics document that are NaN or infinite, however they are held: a double or float of a
/// document built in memory, a named literal (<c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>) as bundle JSON
/// writes them, or a number of a parsed file too large for a double.
/// </summary>
public static class NonFiniteNumbers
{
    /// <summary>Each non-finite number under <paramref name="node"/>: its dotted path (below <paramref name="path"/>) and how it reads.</summary>
    public static IEnumerable<(string Path, string Text)> In(JsonNode? node, string path = "") => node switch
    {
        JsonObject section => section.SelectMany(pair => In(pair.Value, path.Length == 0 ? pair.Key : $"{path}.{pair.Key}")),
        JsonArray list => list.SelectMany((child, index) => In(child, $"{path}[{index}]")),
        JsonValue value when TextOf(value) is { } text => [(path, text)],
        _ => [],
    };

    private static string? TextOf(JsonValue value)
    {
        if (value.TryGetValue<JsonElement>(out var parsed))
        {
            return parsed.ValueKind switch
            {
                JsonValueKind.Number when !double.IsFinite(double.Parse(parsed.GetRawText(), CultureInfo.InvariantCulture)) => parsed.GetRawText(),
                JsonValueKind.String when IsNamedLiteral(parsed.GetString()) => parsed.GetString(),
                _ => null,
            };
        }

        if (value.TryGetValue<double>(out var number))
        {
            return double.IsFinite(number) ? null : number.ToString(CultureInfo.InvariantCulture);
        }

        if (value.TryGetValue<float>(out var single))
        {
            return float.IsFinite(single) ? null : single.ToString(CultureInfo.InvariantCulture);
        }

        return value.TryGetValue<string>(out var text) && IsNamedLiteral(text) ? text : null;
    }

    private static bool IsNamedLiteral(string? text) => text is "NaN" or "Infinity" or "-Infinity";
}

using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Loyalty.ML.Api.Ingest.EventBodies;

/// <summary>
/// Why the serializer refused one line, in the request's terms: a field given twice, or a value not of the JSON type
/// the field takes (a number sent as a string). Looked for only once a line was refused, so it costs nothing otherwise.
/// </summary>
internal static class LineProblems
{
    /// <summary>The field and a plain message, or null when neither explains the refusal.</summary>
    public static (string? Field, string Message)? Describe<TLine>(ReadOnlySequence<byte> line, string? field, JsonTypeInfo<TLine> type)
    {
        if (Repeated(line) is { } repeated)
        {
            return (repeated, "is given twice in this line; a field may appear once.");
        }

        var property = type.Properties.FirstOrDefault(property => string.Equals(property.Name, field, StringComparison.OrdinalIgnoreCase));
        return property is null ? null : (field, $"must be {Kind(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType)}.");
    }

    private static string? Repeated(ReadOnlySequence<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && !names.Add(reader.GetString()!))
                {
                    return reader.GetString();
                }
            }
        }
        catch (JsonException)
        {
            // The line was complete JSON when it was cut out; nothing else can throw here.
        }

        return null;
    }

    private static string Kind(Type type) =>
        type == typeof(double) ? "a JSON number (not a string)"
        : type == typeof(string) ? "a JSON string"
        : type == typeof(DateTimeOffset) ? "a date and time as an ISO 8601 JSON string (2026-03-02T10:15:00Z)"
        : type == typeof(DateOnly) ? "a date as a JSON string (2026-03-02)"
        : $"a {type.Name}";
}

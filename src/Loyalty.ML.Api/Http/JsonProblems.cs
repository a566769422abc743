using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace Loyalty.ML.Api.Http;

/// <summary>
/// Says what is wrong with a JSON body in the API's own terms: where (JSON path, line, byte) and what was expected there,
/// found by walking the request type's contract along the path. Never the serializer's message, which names .NET types.
/// </summary>
internal static partial class JsonProblems
{
    /// <summary>A message for a body of type <paramref name="requestType"/> that failed with <paramref name="error"/>.</summary>
    public static string Describe(JsonException error, Type? requestType, JsonSerializerOptions options)
    {
        var path = string.IsNullOrEmpty(error.Path) ? "$" : error.Path;
        var where = string.Create(CultureInfo.InvariantCulture, $"at {path} (line {(error.LineNumber ?? 0) + 1}, byte {error.BytePositionInLine ?? 0})");
        // The reader's own exception (internal to System.Text.Json) means the text is not JSON at all.
        if (error.InnerException?.GetType().Name == "JsonReaderException")
        {
            return $"The body is not well-formed JSON {where}.";
        }

        var expected = requestType is null ? null : Expected(options.GetTypeInfo(requestType), path, options);
        return expected is null ? $"The body does not fit this request {where}." : $"The body does not fit this request {where}: expected {expected}.";
    }

    private static string? Expected(JsonTypeInfo info, string path, JsonSerializerOptions options)
    {
        foreach (Match step in Steps().Matches(path))
        {
            if (step.Groups["index"].Success)
            {
                if (info.ElementType is not { } element)
                {
                    return null;
                }

                info = options.GetTypeInfo(element);
            }
            else if (Properties(info).FirstOrDefault(property => property.Name == step.Groups["name"].Value) is { } property)
            {
                info = options.GetTypeInfo(property.PropertyType);
            }
            else
            {
                return null;
            }
        }

        return Name(info);
    }

    private static string Name(JsonTypeInfo info)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        return type switch
        {
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(string) => "a string",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(DateOnly) => "a date like 2026-03-02",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "an ISO 8601 timestamp like 2026-03-02T10:15:00Z",
            _ when info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element => $"an array of {Plural(element)}",
            _ when info.Kind == JsonTypeInfoKind.Object => $"an object with {string.Join(", ", Properties(info).Select(property => property.Name))}",
            _ => "another kind of value",
        };
    }

    private static IEnumerable<JsonPropertyInfo> Properties(JsonTypeInfo info) => info.Properties.Where(property => !property.IsExtensionData);

    private static string Plural(Type element) =>
        element == typeof(string) ? "strings" : element == typeof(double) ? "numbers" : "objects";

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_]+)|\['(?<name>[^']+)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Steps();
}

using System.Text.Json;
using Loyalty.ML.Core;

namespace Loyalty.ML.Data.Mapping;

/// <summary>
/// Says which key of a mapping file is not one the format knows, where it sits, which known key it most likely
/// meant, and the keys allowed there, instead of the serializer's words about .NET members.
/// </summary>
internal static class UnknownMappingKey
{
    private const string SerializerWords = "could not be mapped to any .NET member";

    /// <summary>The message for <paramref name="error"/> when it is an unknown key; null for any other JSON error.</summary>
    public static string? Describe(JsonException error, JsonSerializerOptions options)
    {
        if (!error.Message.Contains(SerializerWords, StringComparison.Ordinal) || error.Path is not { Length: > 1 } path)
        {
            return null;
        }

        var segments = path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries).Select(StripIndex).ToList();
        if (segments.Count == 0)
        {
            return null;
        }

        var key = segments[^1];
        var type = typeof(ColumnMapping);
        foreach (var segment in segments[..^1])
        {
            var property = options.GetTypeInfo(type).Properties.FirstOrDefault(candidate => candidate.Name == segment);
            if (property is null)
            {
                return null;
            }

            type = ItemType(property.PropertyType);
        }

        var known = options.GetTypeInfo(type).Properties.Select(property => property.Name).ToList();
        var where = segments.Count > 1 ? $"in {string.Join('.', segments[..^1])}" : "at the top level";
        var nearest = NearestName.Of(key, known) is { } guess ? $"; did you mean '{guess}'?" : ".";
        return $"unknown key '{key}' {where}{nearest} The keys there are: {string.Join(", ", known)} (data/mappings/README.md describes each).";
    }

    private static string StripIndex(string segment) => segment.IndexOf('[', StringComparison.Ordinal) is var bracket and >= 0 ? segment[..bracket] : segment;

    // Objects inside lists are described by the list's element type; nullable and plain types stand for themselves.
    private static Type ItemType(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string) || !typeof(System.Collections.IEnumerable).IsAssignableFrom(underlying))
        {
            return underlying;
        }

        return underlying.IsArray ? underlying.GetElementType()! : underlying.GetGenericArguments().LastOrDefault() ?? underlying;
    }
}

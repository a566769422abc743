using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.ML.Data.Mapping;

/// <summary>Reads and checks a column mapping JSON file (format documented in <c>data/mappings/README.md</c>).</summary>
public static class ColumnMappingLoader
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads the mapping at <paramref name="path"/>, or returns the default mapping when it is null.</summary>
    /// <exception cref="DataLoadException">The file is missing, is not valid JSON, has unknown keys or invalid values.</exception>
    public static ColumnMapping Load(string? path)
    {
        if (path is null)
        {
            return ColumnMapping.Default;
        }

        if (!File.Exists(path))
        {
            throw new DataLoadException(path, null, "mapping file not found.");
        }

        ColumnMapping? mapping;
        try
        {
            using var stream = File.OpenRead(path);
            mapping = JsonSerializer.Deserialize<ColumnMapping>(stream, JsonOptions);
        }
        catch (JsonException error)
        {
            var line = error.LineNumber is { } zeroBased ? zeroBased + 1 : (long?)null;
            var reason = UnknownMappingKey.Describe(error, JsonOptions) ?? $"not a valid column mapping: {error.Message}";
            throw new DataLoadException(path, line, reason, inner: error);
        }

        if (mapping is null)
        {
            throw new DataLoadException(path, null, "the mapping is empty (expected a JSON object).");
        }

        MappingValidator.Validate(mapping, path);
        return mapping;
    }
}

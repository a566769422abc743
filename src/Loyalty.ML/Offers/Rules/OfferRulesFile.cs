using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.ML.Offers.Rules;

/// <summary>Reads offer rules from JSON (snake_case, unknown keys rejected) and validates them.</summary>
public static class OfferRulesFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectNullableAnnotations = true,
        WriteIndented = true,
    };

    /// <summary>Loads and validates <paramref name="path"/>; throws <see cref="InvalidDataException"/> naming the file and every problem.</summary>
    public static OfferRules Load(string path)
    {
        OfferRules? rules;
        try
        {
            using var stream = File.OpenRead(path);
            rules = JsonSerializer.Deserialize<OfferRules>(stream, Options);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path}: not valid offer rules: {error.Message}", error);
        }
        catch (IOException error)
        {
            throw new InvalidDataException($"{path}: cannot read offer rules: {error.Message}", error);
        }

        var errors = rules?.Validate() ?? ["the file is empty"];
        if (errors.Count > 0)
        {
            throw new InvalidDataException($"{path}: invalid offer rules: {string.Join("; ", errors)}.");
        }

        return rules!;
    }

    /// <summary>The rules as JSON, e.g. to write the documented defaults.</summary>
    public static string ToJson(OfferRules rules) => JsonSerializer.Serialize(rules, Options);
}

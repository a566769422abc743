using System.Text.Json;
using System.Text.Json.Serialization;
using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations;

/// <summary>
/// The recommender's settings as a JSON file (<c>train --settings FILE</c>): the same snake_case document the bundle's
/// manifest records under <c>parameters.recommender</c>, so a published run's settings can be trained again as they
/// are. Keys not given keep their defaults; an unknown key is an error, so a typo cannot pass unnoticed.
/// </summary>
public static class RecommenderSettingsFile
{
    private static readonly JsonSerializerOptions Strict = new(BundleJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>Reads and validates the settings; throws <see cref="InvalidDataException"/> naming the file and the problem.</summary>
    public static RecommenderOptions Load(string path)
    {
        RecommenderOptions? options;
        try
        {
            options = JsonSerializer.Deserialize<RecommenderOptions>(File.ReadAllText(path), Strict);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path}: not a recommender settings file ({error.Message})", error);
        }

        options = options ?? throw new InvalidDataException($"{path}: empty settings file");
        var problems = options.Problems();
        return problems.Count == 0 ? options : throw new InvalidDataException($"{path}: {string.Join("; ", problems)}");
    }

    /// <summary>Writes <paramref name="options"/> as a settings file.</summary>
    public static void Write(string path, RecommenderOptions options) => BundleJson.Write(path, options);
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.ML.Core;

/// <summary>The JSON conventions of every bundle file: snake_case, indented, written atomically.</summary>
public static class BundleJson
{
    /// <summary>Serializer options for bundle files.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        // Bundle files are read by people and tools, never embedded in HTML: keep quotes and accents readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Writes <paramref name="value"/> to <paramref name="path"/> through a temporary file and a rename.</summary>
    public static void Write<T>(string path, T value)
    {
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            JsonSerializer.Serialize(stream, value, Options);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a bundle file, failing with the file name when it is empty or not the expected shape.</summary>
    public static T Read<T>(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidDataException($"{path}: empty JSON document.");
    }
}

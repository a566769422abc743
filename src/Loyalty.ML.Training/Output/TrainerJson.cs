using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.ML.Training.Output;

/// <summary>The trainer's machine-readable output: snake_case like the bundle's files, indented, one document per command on stdout.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(TrainSummaryDocument))]
[JsonSerializable(typeof(IReadOnlyList<ModelListEntry>))]
[JsonSerializable(typeof(ComparisonDocument))]
internal sealed partial class TrainerJson : JsonSerializerContext
{
    /// <summary>Writes <paramref name="document"/> to stdout.</summary>
    public static void Print<T>(T document, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        Console.Out.WriteLine(JsonSerializer.Serialize(document, type));
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Loyalty.ML.Core;

namespace Loyalty.ML.Pipeline.Reporting;

/// <summary>Source-generated JSON for <c>figures.json</c>, with the bundle files' conventions.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RunFigures))]
internal sealed partial class FiguresJsonContext : JsonSerializerContext
{
    /// <summary>The context over <see cref="BundleJson.Options"/>.</summary>
    public static FiguresJsonContext Bundle { get; } = new(new JsonSerializerOptions(BundleJson.Options));
}

using System.Text.Json.Serialization;
using Loyalty.ML.Data.Exposures;

namespace Loyalty.ML.Api.Exposures;

/// <summary>Source-generated JSON of a batch of served lists on the exposure stream.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ServedList[]))]
internal sealed partial class ExposureJsonContext : JsonSerializerContext;

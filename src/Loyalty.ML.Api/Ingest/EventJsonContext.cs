using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.ML.Api.Ingest;

/// <summary>
/// Event lines as they are read from a till: strictly. A number must be a JSON number (<c>"1"</c> is refused, where the
/// web defaults would read it), and a field given twice is refused rather than the last one silently winning.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, NumberHandling = JsonNumberHandling.Strict, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(PurchaseLine))]
[JsonSerializable(typeof(OfferLine))]
internal sealed partial class EventJsonContext : JsonSerializerContext;

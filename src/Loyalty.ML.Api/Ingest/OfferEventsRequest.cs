using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.ML.Api.Ingest;

/// <summary>Up to 1,000 offer events.</summary>
public sealed record OfferEventsRequest
{
    /// <summary>The events.</summary>
    public IReadOnlyList<OfferLine?>? Offers { get; init; }

    /// <summary>Fields the contract does not have, kept only to name them in the 400 answer (settable: the serializer cannot bind extension data through a constructor or init).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }
}

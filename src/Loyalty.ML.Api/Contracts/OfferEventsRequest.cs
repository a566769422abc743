using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.ML.Api.Contracts;

/// <summary>Up to 1,000 offer events.</summary>
public sealed record OfferEventsRequest(IReadOnlyList<OfferLine?>? Offers)
{
    /// <summary>Fields the contract does not have, kept only to name them in the 400 answer.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; init; }
}

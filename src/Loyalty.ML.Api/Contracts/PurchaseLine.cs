using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.ML.Api.Contracts;

/// <summary>
/// One reported purchase line as sent: the event id (the idempotency key), customer, optional item, quantity (negative
/// for a return), unit price or line amount, timestamp, order, and optionally channel and store.
/// </summary>
public sealed record PurchaseLine(
    string? EventId,
    string? CustomerId,
    string? ItemId,
    double? Quantity,
    double? UnitPrice,
    double? Amount,
    DateTimeOffset? Timestamp,
    string? OrderId,
    string? Channel,
    string? Store)
{
    /// <summary>Fields the contract does not have, kept only to name them in the 400 answer.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; init; }
}

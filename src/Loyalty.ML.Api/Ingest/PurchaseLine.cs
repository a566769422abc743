using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.ML.Api.Ingest;

/// <summary>
/// One reported purchase line as sent: the event id (the idempotency key), customer, optional item, quantity (negative
/// for a return), unit price or line amount, timestamp, order, and optionally channel and store.
/// </summary>
public sealed record PurchaseLine
{
    /// <summary>The idempotency key.</summary>
    public string? EventId { get; init; }

    /// <summary>Business id of the customer.</summary>
    public string? CustomerId { get; init; }

    /// <summary>Business id of the item; optional.</summary>
    public string? ItemId { get; init; }

    /// <summary>Units; negative for a return.</summary>
    public double? Quantity { get; init; }

    /// <summary>Price of one unit (or give Amount).</summary>
    public double? UnitPrice { get; init; }

    /// <summary>Line amount, when no unit price is given.</summary>
    public double? Amount { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The order (basket); the event id when absent.</summary>
    public string? OrderId { get; init; }

    /// <summary>Optional sales channel.</summary>
    public string? Channel { get; init; }

    /// <summary>Optional store.</summary>
    public string? Store { get; init; }

    /// <summary>Fields the contract does not have, kept only to name them in the 400 answer (settable: the serializer cannot bind extension data through a constructor or init).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.ML.Api.Ingest;

/// <summary>One offer issued to or redeemed by a customer: event id, customer, offer type, action (issued or redeemed), day, bonus value and discount.</summary>
public sealed record OfferLine
{
    /// <summary>The idempotency key.</summary>
    public string? EventId { get; init; }

    /// <summary>Business id of the customer.</summary>
    public string? CustomerId { get; init; }

    /// <summary>win_back, cross_sell, up_sell, …</summary>
    public string? OfferType { get; init; }

    /// <summary>issued or redeemed.</summary>
    public string? Action { get; init; }

    /// <summary>The day it happened.</summary>
    public DateOnly? Day { get; init; }

    /// <summary>Bonus value granted, counted against the monthly cap.</summary>
    public double? BonusValue { get; init; }

    /// <summary>Discount of the offer.</summary>
    public double? DiscountPercent { get; init; }

    /// <summary>Fields the contract does not have, kept only to name them in the 400 answer (settable: the serializer cannot bind extension data through a constructor or init).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; set; }
}

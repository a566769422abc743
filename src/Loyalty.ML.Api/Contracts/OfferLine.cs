using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.ML.Api.Contracts;

/// <summary>One offer issued to or redeemed by a customer: event id, customer, offer type, action (issued or redeemed), day, bonus value and discount.</summary>
public sealed record OfferLine(
    string? EventId,
    string? CustomerId,
    string? OfferType,
    string? Action,
    DateOnly? Day,
    double? BonusValue,
    double? DiscountPercent)
{
    /// <summary>Fields the contract does not have, kept only to name them in the 400 answer.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; init; }
}

using System.Text.Json.Serialization;

namespace Loyalty.ML.Offers;

/// <summary>One offer type's figures in the <c>offers</c> section of metrics.json.</summary>
/// <param name="QualifyingCustomers">Customers who qualify, before consent and limits.</param>
/// <param name="Customers">Customers who receive it.</param>
/// <param name="ExpectedCost">Its expected cost.</param>
public sealed record OfferTypeMetrics(
    [property: JsonPropertyName("qualifying_customers")] double QualifyingCustomers,
    [property: JsonPropertyName("customers")] double Customers,
    [property: JsonPropertyName("expected_cost")] double ExpectedCost);

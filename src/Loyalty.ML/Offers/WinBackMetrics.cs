using System.Text.Json.Serialization;

namespace Loyalty.ML.Offers;

/// <summary>The win-back group in the <c>offers</c> section of metrics.json, with its churn-weighted revenue at stake.</summary>
/// <param name="QualifyingCustomers">Customers who qualify for win-back.</param>
/// <param name="ChurnWeightedRevenueAtStake">Their CLV times churn probability, summed.</param>
/// <param name="CustomersReached">Those who receive the offer.</param>
/// <param name="RevenueAtStakeReached">The revenue at stake of those reached.</param>
public sealed record WinBackMetrics(
    [property: JsonPropertyName("qualifying_customers")] double QualifyingCustomers,
    [property: JsonPropertyName("churn_weighted_revenue_at_stake")] double ChurnWeightedRevenueAtStake,
    [property: JsonPropertyName("customers_reached")] double CustomersReached,
    [property: JsonPropertyName("revenue_at_stake_reached")] double RevenueAtStakeReached);

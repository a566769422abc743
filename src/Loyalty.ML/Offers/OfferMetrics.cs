using System.Text.Json.Serialization;

namespace Loyalty.ML.Offers;

/// <summary>
/// The <c>offers</c> section of metrics.json: offers proposed at training time, scaled from the customers evaluated
/// to all; counts rounded to whole customers, amounts to cents.
/// </summary>
/// <param name="AsOf">Day the offers were proposed for, <c>yyyy-MM-dd</c>.</param>
/// <param name="Customers">Customers with facts.</param>
/// <param name="CustomersEvaluated">Customers the figures were computed on.</param>
/// <param name="CustomersWithOffers">Customers who get at least one offer.</param>
/// <param name="ExpectedCost">Expected cost of every offer.</param>
/// <param name="ExpectedCostAssumes">What the cost assumes.</param>
/// <param name="ByType">Figures per offer type (snake_case names), in the order of <see cref="OfferType"/>.</param>
/// <param name="WinBack">The win-back group and the revenue at stake.</param>
/// <param name="Limits">What consent and the program's limits removed; null in versions trained before it was recorded.</param>
public sealed record OfferMetrics(
    [property: JsonPropertyName("as_of")] string AsOf,
    [property: JsonPropertyName("customers")] int Customers,
    [property: JsonPropertyName("customers_evaluated")] int CustomersEvaluated,
    [property: JsonPropertyName("customers_with_offers")] double CustomersWithOffers,
    [property: JsonPropertyName("expected_cost")] double ExpectedCost,
    [property: JsonPropertyName("expected_cost_assumes")] string ExpectedCostAssumes,
    [property: JsonPropertyName("by_type")] IReadOnlyDictionary<string, OfferTypeMetrics> ByType,
    [property: JsonPropertyName("win_back")] WinBackMetrics WinBack,
    [property: JsonPropertyName("limits")] OfferLimitMetrics? Limits = null);

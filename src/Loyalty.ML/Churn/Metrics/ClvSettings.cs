using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Metrics;

/// <summary>The settings the lifetime values were computed with.</summary>
/// <param name="Months">Months of lifetime value.</param>
/// <param name="MonthlyDiscountRate">Monthly discount rate.</param>
public sealed record ClvSettings(
    [property: JsonPropertyName("months")] int Months,
    [property: JsonPropertyName("monthly_discount_rate")] double MonthlyDiscountRate);

using System.Text.Json.Serialization;

namespace Loyalty.ML.Segmentation.Kpis;

/// <summary>The <c>kpis.retention</c> part of metrics.json: <see cref="RetentionKpis"/> with rates rounded to two decimals.</summary>
/// <param name="PeriodDays">Length of the period in days.</param>
/// <param name="CustomersAtStart">Customers at the start of the period (S).</param>
/// <param name="CustomersAtEnd">Customers at its end (E).</param>
/// <param name="NewCustomers">First-time buyers in the period.</param>
/// <param name="ReactivatedCustomers">Customers back after a pause.</param>
/// <param name="RetainedCustomers">Customers of S who bought again in the period.</param>
/// <param name="ChurnedCustomers">Customers of S who bought nothing in the period.</param>
/// <param name="RetentionRatePct">CRR in percent.</param>
/// <param name="ChurnRatePct">Churn rate in percent.</param>
public sealed record RetentionMetrics(
    [property: JsonPropertyName("period_days")] int PeriodDays,
    [property: JsonPropertyName("customers_at_start")] int CustomersAtStart,
    [property: JsonPropertyName("customers_at_end")] int CustomersAtEnd,
    [property: JsonPropertyName("new_customers")] int NewCustomers,
    [property: JsonPropertyName("reactivated_customers")] int ReactivatedCustomers,
    [property: JsonPropertyName("retained_customers")] int RetainedCustomers,
    [property: JsonPropertyName("churned_customers")] int ChurnedCustomers,
    [property: JsonPropertyName("retention_rate_pct")] double RetentionRatePct,
    [property: JsonPropertyName("churn_rate_pct")] double ChurnRatePct)
{
    /// <summary>The part of <paramref name="retention"/>, rounded.</summary>
    public static RetentionMetrics From(RetentionKpis retention) => new(
        retention.PeriodDays,
        retention.CustomersAtStart,
        retention.CustomersAtEnd,
        retention.NewCustomers,
        retention.ReactivatedCustomers,
        retention.RetainedCustomers,
        retention.ChurnedCustomers,
        Rounding.Cents(retention.RetentionRatePercent),
        Rounding.Cents(retention.ChurnRatePercent));
}

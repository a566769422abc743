using System.Text.Json.Serialization;

namespace Loyalty.ML.Segmentation.Kpis;

/// <summary>
/// The <c>kpis</c> section of metrics.json, as written and as served: <see cref="ProgramKpis"/> with amounts rounded
/// to cents, rates to two decimals and the as-of time to whole seconds. Names are fixed here, so every serializer
/// (snake_case bundle files, camelCase API) writes the same body.
/// </summary>
/// <param name="AsOf">Last time in the data, to the second.</param>
/// <param name="Customers">Customers with at least one purchase.</param>
/// <param name="ActiveDays">Days before <paramref name="AsOf"/> within which a customer counts as active.</param>
/// <param name="ActiveCustomers">Customers who bought within the last <paramref name="ActiveDays"/> days.</param>
/// <param name="EngagementRatePct">Active customers per customer, in percent.</param>
/// <param name="Orders">Distinct purchase orders.</param>
/// <param name="Revenue">Amount of the purchase lines.</param>
/// <param name="Returns">Amount of the returns.</param>
/// <param name="NetRevenue">Revenue less returns.</param>
/// <param name="AverageCheck">Revenue per order.</param>
/// <param name="PurchaseFrequency">Orders per customer.</param>
/// <param name="RepeatCustomers">Customers with more than one order.</param>
/// <param name="RepeatPurchaseRatePct">Repeat customers per customer, in percent.</param>
/// <param name="LtvToDate">Revenue less those customers' returns, per customer.</param>
/// <param name="Retention">Retention over the last period.</param>
public sealed record KpiMetrics(
    [property: JsonPropertyName("as_of")] DateTime AsOf,
    [property: JsonPropertyName("customers")] int Customers,
    [property: JsonPropertyName("active_days")] int ActiveDays,
    [property: JsonPropertyName("active_customers")] int ActiveCustomers,
    [property: JsonPropertyName("engagement_rate_pct")] double EngagementRatePct,
    [property: JsonPropertyName("orders")] long Orders,
    [property: JsonPropertyName("revenue")] double Revenue,
    [property: JsonPropertyName("returns")] double Returns,
    [property: JsonPropertyName("net_revenue")] double NetRevenue,
    [property: JsonPropertyName("average_check")] double AverageCheck,
    [property: JsonPropertyName("purchase_frequency")] double PurchaseFrequency,
    [property: JsonPropertyName("repeat_customers")] int RepeatCustomers,
    [property: JsonPropertyName("repeat_purchase_rate_pct")] double RepeatPurchaseRatePct,
    [property: JsonPropertyName("ltv_to_date")] double LtvToDate,
    [property: JsonPropertyName("retention")] RetentionMetrics Retention)
{
    /// <summary>The section of <paramref name="kpis"/>, rounded as metrics.json has always held them.</summary>
    public static KpiMetrics From(ProgramKpis kpis) => new(
        DateTime.SpecifyKind(new DateTime(kpis.AsOf.Ticks - (kpis.AsOf.Ticks % TimeSpan.TicksPerSecond)), DateTimeKind.Unspecified),
        kpis.Customers,
        kpis.ActiveDays,
        kpis.ActiveCustomers,
        Rounding.Cents(kpis.EngagementRatePercent),
        kpis.Orders,
        Rounding.Cents(kpis.Revenue),
        Rounding.Cents(kpis.Returns),
        Rounding.Cents(kpis.NetRevenue),
        Rounding.Cents(kpis.AverageCheck),
        Rounding.Cents(kpis.PurchaseFrequency),
        kpis.RepeatCustomers,
        Rounding.Cents(kpis.RepeatPurchaseRatePercent),
        Rounding.Cents(kpis.LtvToDate),
        RetentionMetrics.From(kpis.Retention));
}

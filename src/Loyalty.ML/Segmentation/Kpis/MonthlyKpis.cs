using System.Text.Json.Serialization;

namespace Loyalty.ML.Segmentation.Kpis;

/// <summary>One calendar month of the programme's history, for the report's time series.</summary>
/// <param name="Month">The month's first day.</param>
/// <param name="Lines">Purchase lines in the month.</param>
/// <param name="ActiveCustomers">Customers with a purchase in the month.</param>
/// <param name="Orders">Orders placed in the month (per customer, as the KPIs count them).</param>
/// <param name="Revenue">Amount of the month's purchase lines.</param>
/// <param name="AverageCheck">Revenue per order.</param>
/// <param name="RepeatRatePct">Active customers who had bought in an earlier month, in percent of the active customers.</param>
/// <param name="RetentionPct">Customers active the month before who are active again, in percent; null in the first month.</param>
public sealed record MonthlyKpis(
    [property: JsonPropertyName("month")] DateOnly Month,
    [property: JsonPropertyName("lines")] int Lines,
    [property: JsonPropertyName("active_customers")] int ActiveCustomers,
    [property: JsonPropertyName("orders")] int Orders,
    [property: JsonPropertyName("revenue")] double Revenue,
    [property: JsonPropertyName("average_check")] double AverageCheck,
    [property: JsonPropertyName("repeat_rate_pct")] double RepeatRatePct,
    [property: JsonPropertyName("retention_pct")] double? RetentionPct);

using System.Text.Json.Serialization;
using Loyalty.ML.Core.Statistics;

namespace Loyalty.ML.Offers.Campaigns.Measurement;

/// <summary>What one offer type (or the whole campaign) did: groups, conversion, revenue, cost and incremental ROI.</summary>
/// <param name="TreatmentCustomers">Customers sent the offer.</param>
/// <param name="ControlCustomers">Customers held out.</param>
/// <param name="Conversion">Purchase rates by window, treatment against control.</param>
/// <param name="RevenuePerCustomer">Revenue per customer within <paramref name="RevenueWindowDays"/> days after the campaign day.</param>
/// <param name="RevenueWindowDays">The window of the revenue figures: 90 days, or as many as the history covers.</param>
/// <param name="IncrementalRevenue">Revenue difference per customer × treatment customers.</param>
/// <param name="IncrementalRevenueInterval95">Its 95% interval.</param>
/// <param name="Cost">Discounts and bonuses of the treatment group (see the report's cost basis).</param>
/// <param name="IncrementalRoiPercent">(Incremental revenue − cost) / cost × 100; null without cost.</param>
/// <param name="IncrementalRoiInterval95">Its 95% interval from that of the incremental revenue, the cost taken as known.</param>
/// <param name="Power">What lift these groups can detect.</param>
public sealed record EffectFigures(
    [property: JsonPropertyName("treatment_customers")] int TreatmentCustomers,
    [property: JsonPropertyName("control_customers")] int ControlCustomers,
    [property: JsonPropertyName("conversion")] ConversionFigures Conversion,
    [property: JsonPropertyName("revenue_per_customer")] Difference? RevenuePerCustomer,
    [property: JsonPropertyName("revenue_window_days")] int RevenueWindowDays,
    [property: JsonPropertyName("incremental_revenue")] double? IncrementalRevenue,
    [property: JsonPropertyName("incremental_revenue_interval_95")] MetricInterval? IncrementalRevenueInterval95,
    [property: JsonPropertyName("cost")] double Cost,
    [property: JsonPropertyName("incremental_roi_percent")] double? IncrementalRoiPercent,
    [property: JsonPropertyName("incremental_roi_interval_95")] MetricInterval? IncrementalRoiInterval95,
    [property: JsonPropertyName("power")] PowerNote? Power);

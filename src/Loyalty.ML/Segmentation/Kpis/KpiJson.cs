using System.Text.Json.Nodes;

namespace Loyalty.ML.Segmentation.Kpis;

/// <summary>The <c>kpis</c> section of metrics.json: amounts rounded to cents, rates to two decimals.</summary>
internal static class KpiJson
{
    public static JsonObject From(ProgramKpis kpis) => new()
    {
        ["as_of"] = kpis.AsOf.ToString("s", System.Globalization.CultureInfo.InvariantCulture),
        ["customers"] = kpis.Customers,
        ["active_days"] = kpis.ActiveDays,
        ["active_customers"] = kpis.ActiveCustomers,
        ["engagement_rate_pct"] = Round(kpis.EngagementRatePercent),
        ["orders"] = kpis.Orders,
        ["revenue"] = Round(kpis.Revenue),
        ["returns"] = Round(kpis.Returns),
        ["net_revenue"] = Round(kpis.NetRevenue),
        ["average_check"] = Round(kpis.AverageCheck),
        ["purchase_frequency"] = Round(kpis.PurchaseFrequency),
        ["repeat_customers"] = kpis.RepeatCustomers,
        ["repeat_purchase_rate_pct"] = Round(kpis.RepeatPurchaseRatePercent),
        ["ltv_to_date"] = Round(kpis.LtvToDate),
        ["retention"] = new JsonObject
        {
            ["period_days"] = kpis.Retention.PeriodDays,
            ["customers_at_start"] = kpis.Retention.CustomersAtStart,
            ["customers_at_end"] = kpis.Retention.CustomersAtEnd,
            ["new_customers"] = kpis.Retention.NewCustomers,
            ["reactivated_customers"] = kpis.Retention.ReactivatedCustomers,
            ["retained_customers"] = kpis.Retention.RetainedCustomers,
            ["churned_customers"] = kpis.Retention.ChurnedCustomers,
            ["retention_rate_pct"] = Round(kpis.Retention.RetentionRatePercent),
            ["churn_rate_pct"] = Round(kpis.Retention.ChurnRatePercent),
        },
    };

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}

namespace Loyalty.ML.Segmentation.Kpis;

/// <summary>
/// Loyalty program KPIs as of the last date in the data. Customers are those with at least one purchase;
/// orders are distinct purchase orders; revenue is the amount of purchase lines and returns are reported
/// beside it, not netted, except in <see cref="LtvToDate"/>: revenue less the returns of those customers, per customer
/// (returns of customers with no purchase in the data belong to purchases before it and stay out).
/// Rates are percentages.
/// </summary>
public sealed record ProgramKpis(
    DateTime AsOf,
    int Customers,
    int ActiveDays,
    int ActiveCustomers,
    double EngagementRatePercent,
    long Orders,
    double Revenue,
    double Returns,
    double AverageCheck,
    double PurchaseFrequency,
    int RepeatCustomers,
    double RepeatPurchaseRatePercent,
    double LtvToDate,
    RetentionKpis Retention)
{
    /// <summary>Revenue less returns.</summary>
    public double NetRevenue => Revenue - Returns;
}

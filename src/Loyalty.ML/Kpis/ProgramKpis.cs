namespace Loyalty.ML.Kpis;

/// <summary>
/// Loyalty program KPIs as of the last date in the data. Customers are those with at least one purchase;
/// orders are distinct purchase orders; revenue is the amount of purchase lines and returns are reported
/// beside it, not netted, except in <see cref="LtvToDate"/>, which is net revenue per customer.
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

namespace Loyalty.ML.Kpis;

/// <summary>
/// Retention over the last period of <see cref="PeriodDays"/> days (days 0 … P−1 before the as-of day).
/// A customer "at a time" is one who bought within the period before it: at the start, in days
/// P … 2P−1 before the as-of day (S); at the end, in days 0 … P−1 (E). New customers (N) made their first
/// purchase ever in the period. CRR = (E − N) / S × 100; it counts customers who come back after a pause
/// as retained, as the classic formula does. Churn rate = customers of S who bought nothing in the period / S × 100.
/// Both rates are 0 when S is 0.
/// </summary>
public sealed record RetentionKpis(
    int PeriodDays,
    int CustomersAtStart,
    int CustomersAtEnd,
    int NewCustomers,
    int RetainedCustomers,
    int ChurnedCustomers,
    double RetentionRatePercent,
    double ChurnRatePercent);

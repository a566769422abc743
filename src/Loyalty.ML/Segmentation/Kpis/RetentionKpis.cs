namespace Loyalty.ML.Segmentation.Kpis;

/// <summary>
/// Retention over the last period of <see cref="PeriodDays"/> days (days 0 … P−1 before the as-of day).
/// A customer "at a time" is one who bought within the period before it: at the start, in days
/// P … 2P−1 before the as-of day (S); at the end, in days 0 … P−1 (E). New customers in the period (N) are
/// those of E who were not customers at the start: first-time buyers (<see cref="NewCustomers"/>) and
/// customers back after a pause (<see cref="ReactivatedCustomers"/>). CRR = (E − N) / S × 100, which is the
/// share of S who bought again in the period; churn rate = customers of S who bought nothing in the
/// period / S × 100 = 100 − CRR. Both rates are 0 when S is 0.
/// </summary>
public sealed record RetentionKpis(
    int PeriodDays,
    int CustomersAtStart,
    int CustomersAtEnd,
    int NewCustomers,
    int ReactivatedCustomers,
    int RetainedCustomers,
    int ChurnedCustomers,
    double RetentionRatePercent,
    double ChurnRatePercent);

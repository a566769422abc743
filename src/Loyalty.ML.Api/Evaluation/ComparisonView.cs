namespace Loyalty.ML.Api.Evaluation;

/// <summary>
/// Challenger − champion: the hit-rate difference with its 95% interval, the revenue-per-customer difference, the verdict
/// (<c>better</c>, <c>worse</c>, <c>not_yet_distinguishable</c>), the customers still needed to tell a difference of the size
/// seen (80% power; absent when none was seen), and the always-valid interval automatic promotion acts on.
/// </summary>
public sealed record ComparisonView(
    EstimateView Difference,
    EstimateView? RevenuePerCustomerDifference,
    string Verdict,
    long? CustomersStillNeeded,
    double AlwaysValidLow,
    double AlwaysValidHigh,
    string AlwaysValidVerdict);

namespace Loyalty.ML.Churn;

/// <summary>
/// A customer's churn score as of the bundle's date: the calibrated probability of no purchase in the
/// next horizon, its band, readable reasons, and the customer's value.
/// </summary>
public sealed record ChurnScore(
    string CustomerId,
    double Probability,
    RiskBand Band,
    IReadOnlyList<string> Reasons,
    double ProbabilityAlive,
    double ExpectedPurchases,
    double Clv);

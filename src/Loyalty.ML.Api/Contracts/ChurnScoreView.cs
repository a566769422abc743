namespace Loyalty.ML.Api.Contracts;

/// <summary>One customer's churn score as the API shows it.</summary>
public sealed record ChurnScoreView(
    string CustomerId,
    double Probability,
    string Band,
    IReadOnlyList<string> Reasons,
    double ProbabilityAlive,
    double ExpectedPurchases,
    double Clv,
    string? Segment);

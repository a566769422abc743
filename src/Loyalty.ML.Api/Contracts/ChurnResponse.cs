namespace Loyalty.ML.Api.Contracts;

/// <summary>A customer's churn score with the horizon it speaks of, the model and the date it is as of.</summary>
public sealed record ChurnResponse(
    string CustomerId,
    double Probability,
    string Band,
    int HorizonDays,
    IReadOnlyList<string> Reasons,
    double ProbabilityAlive,
    double ExpectedPurchases,
    double Clv,
    string? Segment,
    string ModelVersion,
    DateOnly AsOf);

namespace Loyalty.ML.Api.Churn;

/// <summary>Customers to score in one call (at most 1,000).</summary>
public sealed record ChurnScoresRequest(IReadOnlyList<string>? CustomerIds);

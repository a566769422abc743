namespace Loyalty.ML.Recommendations.Answers;

/// <summary>Arguments of a customer recommendation list; filters are optional.</summary>
public sealed record RecommendationQuery(
    int Count = 10,
    RecommendationKind Kind = RecommendationKind.Personal,
    string? Category = null,
    double? MinPrice = null,
    double? MaxPrice = null,
    IReadOnlyCollection<string>? ExcludeItems = null,
    bool ExcludePurchased = true);

namespace Loyalty.ML.Recommendations.Answers;

/// <summary>
/// A recommendation list. <see cref="Fallback"/> names the method used when the customer or item is
/// unknown to the model (<c>"popular"</c>), and is null for personal answers.
/// </summary>
public sealed record RecommendationResult(IReadOnlyList<RecommendedItem> Items, string? Fallback = null)
{
    /// <summary>Fallback name for popular items.</summary>
    public const string PopularFallback = "popular";
}

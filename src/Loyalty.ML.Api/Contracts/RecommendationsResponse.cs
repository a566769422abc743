namespace Loyalty.ML.Api.Contracts;

/// <summary>A recommendation list, best first; <c>fallback</c> is <c>"popular"</c> when the customer or item is unknown to the model.</summary>
public sealed record RecommendationsResponse(
    string Id,
    string Kind,
    string ModelVersion,
    string? Fallback,
    IReadOnlyList<RecommendedItemView> Items);

using Loyalty.ML.Api.Items;

namespace Loyalty.ML.Api.Recommendations;

/// <summary>
/// A recommendation list, best first; <c>fallback</c> is <c>"popular"</c> when the customer or item is unknown to the model.
/// <c>modelVersion</c> is the version that answered; <c>experiment</c> names the experiment when it was its challenger.
/// </summary>
public sealed record RecommendationsResponse(
    string Id,
    string Kind,
    string ModelVersion,
    string? Fallback,
    IReadOnlyList<RecommendedItemView> Items,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Experiment = null);

namespace Loyalty.ML.Api.Apis;

/// <summary>Query arguments of a customer recommendation list.</summary>
internal sealed record RecommendationArguments(int? Count, string? Kind, string? Category, double? MinPrice, double? MaxPrice);

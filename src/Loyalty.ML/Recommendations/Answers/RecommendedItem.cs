namespace Loyalty.ML.Recommendations.Answers;

/// <summary>One recommended item, by business id, with its score and, where cheap, why.</summary>
public sealed record RecommendedItem(string ItemId, double Score, string? Reason = null, DateOnly? DueDate = null);

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>An item index in a ranking with its score and, when it came from another item, that item (for the reason).</summary>
internal readonly record struct RankedItem(int Item, float Score, AnswerSource Source, int Seed = -1);

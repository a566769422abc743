using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// An item index in a ranking with its score and, when it came from another item, that item (for the reason).
/// <see cref="Filler"/> marks an item that fills a list its method could not fill, scored below the method's own.
/// </summary>
internal readonly record struct RankedItem(int Item, float Score, AnswerSource Source, int Seed = -1, bool Filler = false);

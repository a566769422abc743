using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Recommendations.Candidates.AlsoBought;

/// <summary>The most popular items of the item's category, then the most popular of all.</summary>
internal sealed class CategoryPopularCandidate : IAlsoBoughtCandidate
{
    public string Name => "category_popularity";

    public int FileCode => 4;

    public void Rank(AlsoBoughtRanker ranker, int item, MonotoneList list, Func<int, bool> accept) =>
        list.AddOwn(ranker.SameCategory(item, list.Missing, accept));
}

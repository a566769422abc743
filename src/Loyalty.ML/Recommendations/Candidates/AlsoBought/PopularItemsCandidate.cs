using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Recommendations.Candidates.AlsoBought;

/// <summary>The most popular items: the baseline every other candidate is measured against.</summary>
internal sealed class PopularItemsCandidate : IAlsoBoughtCandidate
{
    public string Name => "popularity";

    public int FileCode => 3;

    public void Rank(AlsoBoughtRanker ranker, int item, MonotoneList list, Func<int, bool> accept) =>
        list.AddOwn(ranker.Popular(list.Missing, accept));
}

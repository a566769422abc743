using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Recommendations.Candidates.AlsoBought;

/// <summary>The item's highest positive EASE weights (what buying it adds to other items' scores), filled up by the item's category's popular items.</summary>
internal sealed class EaseNeighborsCandidate : IAlsoBoughtCandidate
{
    public string Name => "ease";

    public int FileCode => 5;

    public ItemNeighbors? Fit(CandidateInputs inputs) => inputs.EaseNeighbors;

    public void Rank(AlsoBoughtRanker ranker, int item, MonotoneList list, Func<int, bool> accept)
    {
        list.AddOwn(ranker.CoOccurring(item, list.Missing, accept));
        list.AddFillers(ranker.SameCategory(item, list.Missing, accept));
    }
}

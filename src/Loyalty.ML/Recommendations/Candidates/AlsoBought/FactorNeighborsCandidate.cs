using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Recommendations.Candidates.AlsoBought;

/// <summary>Items closest in factor space (cosine), filled up by order co-occurrence.</summary>
internal sealed class FactorNeighborsCandidate : IAlsoBoughtCandidate
{
    public string Name => "factors";

    public int FileCode => 1;

    public bool UsesFactors => true;

    public bool ScansFactors(AlsoBoughtRanker ranker, int item, int count) => true;

    public void Rank(AlsoBoughtRanker ranker, int item, MonotoneList list, Func<int, bool> accept)
    {
        list.AddOwn(ranker.Similar(item, list.Missing, accept));
        list.AddFillers(ranker.CoOccurring(item, list.Missing, accept));
    }
}

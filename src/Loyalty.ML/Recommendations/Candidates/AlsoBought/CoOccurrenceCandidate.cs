using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Recommendations.Candidates.AlsoBought;

/// <summary>Items sharing orders with the item (share of its orders), filled up by factor similarity.</summary>
internal sealed class CoOccurrenceCandidate : IAlsoBoughtCandidate
{
    public string Name => "co_occurrence";

    public int FileCode => 0;

    public bool ReadsFactors => true;

    // Only a list its co-occurring items cannot fill asks for factor fillers.
    public bool ScansFactors(AlsoBoughtRanker ranker, int item, int count) => ranker.CoOccurringOthers(item) < count;

    public void Rank(AlsoBoughtRanker ranker, int item, MonotoneList list, Func<int, bool> accept)
    {
        list.AddOwn(ranker.CoOccurring(item, list.Missing, accept));
        list.AddFillers(ranker.Similar(item, list.Missing, accept));
    }
}

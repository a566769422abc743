using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Recommendations.Candidates.AlsoBought;

/// <summary>
/// Co-occurrence seen in at least the minimum support of orders, scored by a shrunk conditional probability
/// c(i,j) / (n(i) + shrinkage), so one shared basket does not make a pair; filled up by the item's category's popular items.
/// </summary>
internal sealed class SignificantCoOccurrenceCandidate : IAlsoBoughtCandidate
{
    public string Name => "significant_co_occurrence";

    public int FileCode => 2;

    public CoOccurrenceScoring? OrderScoring(RecommenderOptions options) =>
        new CoOccurrenceScoring(CoOccurrenceMeasure.Shrunk, options.AlsoBoughtMinSupport, options.AlsoBoughtShrinkage);

    public ItemNeighbors? Fit(CandidateInputs inputs) => inputs.OrderNeighbors(OrderScoring(inputs.Options)!.Value);

    public void Rank(AlsoBoughtRanker ranker, int item, MonotoneList list, Func<int, bool> accept)
    {
        list.AddOwn(ranker.CoOccurring(item, list.Missing, accept));
        list.AddFillers(ranker.SameCategory(item, list.Missing, accept));
    }
}

using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Recommendations.Candidates.AlsoBought;

/// <summary>
/// A way to rank "also bought" lists, as one unit: the neighbour lists it fits when it needs its own, how it fills one
/// item's list from them and the model's other signals, and the number the model file stores for it. Registered once,
/// in <see cref="AlsoBoughtCandidates"/>; the evaluation, the choice, the model file and serving all go through this
/// interface, so a new candidate is one file and one line there.
/// </summary>
internal interface IAlsoBoughtCandidate
{
    /// <summary>The name in metrics.json, settings files and the command line (snake_case).</summary>
    string Name { get; }

    /// <summary>The number the model file stores for the candidate: given once, never reused.</summary>
    int FileCode { get; }

    /// <summary>True when the lists come from the ALS item factors, which are not served once they collapsed.</summary>
    bool UsesFactors => false;

    /// <summary>True when any of its lists can read the ALS item factors, as its own items or as fillers: then they change with the fit.</summary>
    bool ReadsFactors => UsesFactors;

    /// <summary>The order co-occurrence scoring of its own lists, when they are order co-occurrence (counted in one pass with the base model's); null otherwise.</summary>
    CoOccurrenceScoring? OrderScoring(RecommenderOptions options) => null;

    /// <summary>Its own neighbour lists fitted on <paramref name="inputs"/>; null when it ranks from the order co-occurrence every model has.</summary>
    ItemNeighbors? Fit(CandidateInputs inputs) => null;

    /// <summary>
    /// True when <see cref="Rank"/> of <paramref name="item"/> asks <see cref="AlsoBoughtRanker.Similar"/> for items, so a
    /// batch of lists computes its factor dots in one pass (<see cref="AlsoBoughtRanker.TopMany(int[], int)"/>).
    /// </summary>
    bool ScansFactors(AlsoBoughtRanker ranker, int item, int count) => false;

    /// <summary>Adds its own items for <paramref name="item"/> to <paramref name="list"/>, then its fillers; popular items close every list after it.</summary>
    void Rank(AlsoBoughtRanker ranker, int item, MonotoneList list, Func<int, bool> accept);
}

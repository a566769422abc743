namespace Loyalty.ML.Recommendations.Candidates;

/// <summary>
/// The same ranking for everyone by the number of customers who bought each item, undecayed: the popularity
/// baseline's own ranking, so the run can always serve the best baseline it reports.
/// </summary>
internal sealed class PopularityAllTimeCandidate : IPersonalCandidate
{
    public string Name => "popularity_all_time";

    public IPersonalPart Fit(CandidateInputs inputs) => new PopularityPart(Name, Signals.Popularity.CustomerCounts(inputs.Bought));

    public IPersonalPart Read(BinaryReader reader, int items) => PopularityPart.Read(Name, reader, items);

    public IEnumerable<RecommenderOptions> Variants(RecommenderOptions baseline, Tuning.TuningOptions tuning) => [];

    public string Describe(RecommenderOptions options) => "customers per item";
}

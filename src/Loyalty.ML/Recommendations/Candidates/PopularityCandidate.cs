using System.Globalization;

namespace Loyalty.ML.Recommendations.Candidates;

/// <summary>The same ranking for everyone by time-decayed popularity (each line weighs exp(−ln2 · age / half-life)).</summary>
internal sealed class PopularityCandidate : IPersonalCandidate
{
    public string Name => "popularity";

    public IPersonalPart Fit(CandidateInputs inputs) =>
        new PopularityPart(Name, inputs.Popularity);

    public IPersonalPart Read(BinaryReader reader, int items) => PopularityPart.Read(Name, reader, items);

    public IEnumerable<RecommenderOptions> Variants(RecommenderOptions baseline, Tuning.TuningOptions tuning) =>
        tuning.PopularityHalfLifeDays.Select(days => baseline with { PopularityHalfLifeDays = days });

    public string Describe(RecommenderOptions options) => string.Create(CultureInfo.InvariantCulture, $"half-life {options.PopularityHalfLifeDays} days");
}

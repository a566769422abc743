using Loyalty.ML.Data.Exposures;
using Loyalty.ML.Recommendations.Online;

namespace Loyalty.ML.Pipeline.Experiments;

/// <summary>
/// The online side of the recommender: served lists against the purchases after them per version and kind, each
/// version's offline hit rate (the figure its training run chose it on) beside them, and every experiment's verdict.
/// </summary>
/// <param name="Evaluation">Figures per version and list kind, and per arm.</param>
/// <param name="OfflineHitRates">Each evaluated version's hit rate@K on its own test split, when the registry holds its metrics.</param>
/// <param name="Experiments">Every running experiment, and every ended one with lists counted, in the order they started.</param>
public sealed record OnlineReport(
    OnlineEvaluation Evaluation,
    IReadOnlyDictionary<string, OfflineFigure> OfflineHitRates,
    IReadOnlyList<ExperimentReport> Experiments)
{
    /// <summary>Lists of other replicas the evaluated log never received (gaps in their streams): the figures miss them. None when complete.</summary>
    public ExposureGaps MissingExposures { get; init; } = ExposureGaps.None;
}

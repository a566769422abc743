using Loyalty.ML.Recommendations.Online;

namespace Loyalty.ML.Pipeline.Experiments;

/// <summary>One experiment's challenger arm against its champion arm, every list kind together.</summary>
/// <param name="Experiment">The experiment as recorded.</param>
/// <param name="Challenger">What became of the lists served to the challenger's customers.</param>
/// <param name="Champion">What became of the lists served to customers in no experiment while it ran.</param>
/// <param name="ChampionVersions">The versions that served the champion arm (more than one when a version was published meanwhile).</param>
/// <param name="Comparison">Challenger against champion; null while either arm has no hit rate.</param>
/// <param name="Verdict">The verdict, by the fixed-horizon 95% interval.</param>
/// <param name="Summary">The verdict in one sentence, with the figures behind it.</param>
public sealed record ExperimentReport(
    Experiment Experiment,
    ListFigures Challenger,
    ListFigures Champion,
    IReadOnlyList<string> ChampionVersions,
    OnlineComparison? Comparison,
    OnlineVerdict Verdict,
    string Summary);

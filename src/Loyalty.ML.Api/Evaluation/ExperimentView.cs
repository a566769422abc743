namespace Loyalty.ML.Api.Evaluation;

/// <summary>An experiment: its settings, both arms' figures, the comparison and the verdict in words.</summary>
public sealed record ExperimentView(
    string Name,
    string ChallengerVersion,
    double Share,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string? Outcome,
    bool AutoPromote,
    int MinCustomers,
    IReadOnlyList<string> ChampionVersions,
    ListFiguresView Challenger,
    ListFiguresView Champion,
    ComparisonView? Comparison,
    string Verdict,
    string Summary,
    string? ChallengerProblem);

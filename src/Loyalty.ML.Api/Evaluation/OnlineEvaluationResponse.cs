namespace Loyalty.ML.Api.Evaluation;

/// <summary>
/// Served lists matched with the purchases after them: per model version and list kind (with the offline figure beside
/// it) and per experiment, as of <c>asOf</c>, from the lists and purchases this replica has stored (every replica's,
/// with Redis). Recomputed when older than the refresh interval. <c>coverage</c> says whether lists of other replicas
/// are missing from those stored (gaps in their exposure streams): the figures then miss them.
/// </summary>
public sealed record OnlineEvaluationResponse(
    DateTimeOffset AsOf,
    double WindowDays,
    int K,
    string? CurrentVersion,
    IReadOnlyList<OnlineGroupView> Groups,
    IReadOnlyList<ExperimentView> Experiments,
    OnlineCoverageView Coverage);

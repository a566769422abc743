namespace Loyalty.ML.Api.Evaluation;

/// <summary>
/// Served lists matched with the purchases after them: per model version and list kind (with the offline figure beside
/// it) and per experiment, as of <c>asOf</c>, from the lists and purchases this replica has stored (every replica's,
/// with Redis). Recomputed when older than the refresh interval.
/// </summary>
public sealed record OnlineEvaluationResponse(
    DateTimeOffset AsOf,
    double WindowDays,
    int K,
    string? CurrentVersion,
    IReadOnlyList<OnlineGroupView> Groups,
    IReadOnlyList<ExperimentView> Experiments);

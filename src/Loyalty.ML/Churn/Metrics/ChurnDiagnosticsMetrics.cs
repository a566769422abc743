using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Metrics;

/// <summary>Where the out-of-time score is lost (<c>churn.diagnostics</c>).</summary>
/// <param name="Segments">One-time against repeat buyers.</param>
/// <param name="InTimeCv">The in-time reference; null when either class has fewer customers than folds.</param>
/// <param name="BgnbdProbabilityAlive">BG/NBD's 1 − P(alive) as a ranking, the baseline before BG/NBD's own P(no purchase): one-time buyers all have P(alive) = 1.</param>
public sealed record ChurnDiagnosticsMetrics(
    [property: JsonPropertyName("segments")] ChurnSegments Segments,
    [property: JsonPropertyName("in_time_cv")] InTimeReference? InTimeCv,
    [property: JsonPropertyName("bgnbd_p_alive")] BaselineScores? BgnbdProbabilityAlive = null);

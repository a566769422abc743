using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Metrics;

/// <summary>Where the out-of-time score is lost (<c>churn.diagnostics</c>).</summary>
/// <param name="Segments">One-time against repeat buyers.</param>
/// <param name="InTimeCv">The in-time reference; null when either class has fewer customers than folds.</param>
public sealed record ChurnDiagnosticsMetrics(
    [property: JsonPropertyName("segments")] ChurnSegments Segments,
    [property: JsonPropertyName("in_time_cv")] InTimeReference? InTimeCv);

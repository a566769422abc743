using System.Text.Json.Nodes;
using Loyalty.ML.Data;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Pipeline.Reporting;

/// <summary>Everything a run recorded that its report shows: typed metrics, the data report, the figures and how it compares with the version before.</summary>
/// <param name="Version">The version's name (given at publishing, before the report is drawn); null for a run drawn outside a registry.</param>
/// <param name="TrainedAt">When the run finished training.</param>
/// <param name="Metrics">metrics.json as written.</param>
/// <param name="Typed">The typed sections of metrics.json; a section an older version wrote in another shape is null.</param>
/// <param name="DataReport">The validation report; null when the bundle has none that reads.</param>
/// <param name="Figures">What the report draws beyond metrics.json; empty for a version written before figures.json.</param>
/// <param name="Summary">The summary lines of the run's steps (empty for a stored version).</param>
/// <param name="PreviousVersion">The version compared with; null when there is none.</param>
/// <param name="Comparison">The headline metrics side by side with <paramref name="PreviousVersion"/>, as <c>models compare</c> prints them.</param>
/// <param name="Source">The transactions file the run was trained from; null when it was given a history in memory.</param>
public sealed record RunRecord(
    string? Version,
    DateTimeOffset TrainedAt,
    JsonObject Metrics,
    RunMetrics Typed,
    DataReport? DataReport,
    RunFigures Figures,
    IReadOnlyList<string> Summary,
    string? PreviousVersion,
    IReadOnlyList<MetricDelta> Comparison,
    Core.SourceFingerprint? Source = null)
{
    /// <summary>
    /// Why no earlier version is compared with although there is one: they were trained on other data, so their metrics
    /// measure something else ("different data, not compared"); null when <see cref="PreviousVersion"/> is compared or there is none.
    /// </summary>
    public string? NotCompared { get; init; }
}

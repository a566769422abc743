using System.Text.Json.Nodes;
using Loyalty.ML.Data;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Pipeline;

/// <summary>A published training run: its manifest, metrics (as written and typed), the summary lines of its steps and the run's own sanity gates.</summary>
/// <param name="Manifest">The published manifest.</param>
/// <param name="Directory">Where the version was published.</param>
/// <param name="Metrics">metrics.json as written.</param>
/// <param name="Typed">The typed sections of metrics.json.</param>
/// <param name="Summary">Summary lines of the steps.</param>
/// <param name="Gates">The run's own sanity gates.</param>
public sealed record TrainingResult(BundleManifest Manifest, string Directory, JsonObject Metrics, RunMetrics Typed, IReadOnlyList<string> Summary, IReadOnlyList<SanityGate> Gates);

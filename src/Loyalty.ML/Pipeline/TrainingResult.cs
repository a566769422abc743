using System.Text.Json.Nodes;
using Loyalty.ML.Data;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Pipeline;

/// <summary>A published training run: its manifest, metrics, the summary lines of its steps and the run's own sanity gates.</summary>
public sealed record TrainingResult(BundleManifest Manifest, string Directory, JsonObject Metrics, IReadOnlyList<string> Summary, IReadOnlyList<SanityGate> Gates);

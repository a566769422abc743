using System.Text.Json.Nodes;
using Loyalty.ML.Bundles;

namespace Loyalty.ML.Training;

/// <summary>A published training run: its manifest, metrics and the summary lines of its steps.</summary>
public sealed record TrainingResult(BundleManifest Manifest, string Directory, JsonObject Metrics, IReadOnlyList<string> Summary);

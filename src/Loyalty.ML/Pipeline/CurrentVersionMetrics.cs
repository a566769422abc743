using System.Text.Json.Nodes;
using Loyalty.ML.Core;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Pipeline;

/// <summary>The metrics of the version a run would replace, when it was trained on the same transactions file (a retrain of the same feed).</summary>
internal sealed record CurrentVersionMetrics(string Version, JsonObject Metrics)
{
    /// <summary>The number at a dotted path of the current version's metrics.</summary>
    public double? At(string path) => MetricsComparison.NumberAt(Metrics, path);

    /// <summary>The current version's churn AUC, from its typed section when it reads as one, else by path (an older version's file).</summary>
    public double? ChurnAuc => MetricsComparison.ChurnOf(Metrics)?.Evaluation?.Auc ?? At("churn.auc");

    /// <summary>The current version's metrics when it was trained on the same transactions file as <paramref name="sources"/>; null otherwise or when it cannot be read.</summary>
    public static CurrentVersionMetrics? Of(ModelRegistry registry, IReadOnlyList<SourceFingerprint> sources)
    {
        if (registry.CurrentVersion is not { } version || sources.Count == 0)
        {
            return null;
        }

        try
        {
            var manifest = BundleJson.Read<BundleManifest>(Path.Combine(registry.PathOf(version), BundleFiles.Manifest));
            return BundleManifest.SameSource(manifest.Transactions, sources[0])
                ? new CurrentVersionMetrics(version, ModelBundle.ReadMetrics(registry.PathOf(version)))
                : null;
        }
        catch (Exception error) when (error is IOException or InvalidDataException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

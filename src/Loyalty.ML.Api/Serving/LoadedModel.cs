using System.Text.Json;
using Loyalty.ML.Api.Http;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Segmentation.Kpis;

namespace Loyalty.ML.Api.Serving;

/// <summary>A verified bundle as served, with the parts the API reads prepared once so requests share them read-only.</summary>
internal sealed class LoadedModel
{
    /// <summary>Name of the KPI section in metrics.json.</summary>
    public const string KpisSection = "kpis";

    /// <summary>Wraps a loaded bundle.</summary>
    public LoadedModel(ModelBundle bundle, DateTimeOffset loadedAt)
    {
        Bundle = bundle;
        LoadedAt = loadedAt;

        // Read once: JsonObject materializes lazily and is not safe to read from many threads; the record is.
        Kpis = bundle.Metrics[KpisSection] is { } kpis ? kpis.Deserialize(ApiJsonContext.Default.KpiMetrics) : null;
        LastDay = bundle.Models.LastDay;
    }

    /// <summary>The bundle.</summary>
    public ModelBundle Bundle { get; }

    /// <summary>Model version; part of every cache key.</summary>
    public string Version => Bundle.Version;

    /// <summary>When this service loaded it.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>The KPI section of metrics.json, when the bundle has one.</summary>
    public KpiMetrics? Kpis { get; }

    /// <summary>The last day of the model's training data: reported events after it are applied on top of the model.</summary>
    public DateOnly LastDay { get; }
}

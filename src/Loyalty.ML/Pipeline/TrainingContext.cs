using System.Text.Json.Nodes;
using Loyalty.ML.Core;

namespace Loyalty.ML.Pipeline;

/// <summary>What each part of a training run gets: the data, where to write, where to report; and what it records.</summary>
internal sealed class TrainingContext
{
    private readonly Lazy<Segmentation.CustomerActivity> _activity;

    /// <summary>Creates a context for one run.</summary>
    public TrainingContext(PurchaseHistory history, string bundleDirectory, TimeProvider time, IProgress<TrainingProgress>? progress = null)
    {
        _activity = new(() => Segmentation.CustomerActivity.Of(history));
        History = history;
        BundleDirectory = bundleDirectory;
        Time = time;
        Progress = progress;
    }

    /// <summary>The accepted purchase history.</summary>
    public PurchaseHistory History { get; }

    /// <summary>Per-customer orders, spend and dates, computed on first use and shared by the steps that need them.</summary>
    internal Segmentation.CustomerActivity Activity => _activity.Value;

    /// <summary>Staging folder of the bundle; steps write only here.</summary>
    public string BundleDirectory { get; }

    /// <summary>Clock for anything time-dependent outside the data itself.</summary>
    public TimeProvider Time { get; }

    /// <summary>Where long steps report how far they are.</summary>
    public IProgress<TrainingProgress>? Progress { get; }

    /// <summary>The typed sections of metrics.json (<c>kpis</c>, …), one per step.</summary>
    public RunMetrics RunMetrics { get; } = new();

    /// <summary>What the run's report draws beyond metrics.json, set by the steps that have the data.</summary>
    public Reporting.RunFigures Figures { get; } = new();

    /// <summary>The sections of metrics.json not typed in <see cref="RunMetrics"/>, one per step.</summary>
    public JsonObject Metrics { get; } = [];

    /// <summary>The metrics.json document: <see cref="RunMetrics"/> and <see cref="Metrics"/> in one.</summary>
    public JsonObject MetricsDocument() => RunMetrics.ToDocument(Metrics);

    /// <summary>The settings each part of the run used, recorded in the manifest.</summary>
    public RunParameters Parameters { get; } = new();

    /// <summary>Short lines for the summary printed at the end of the run.</summary>
    public List<string> Summary { get; } = [];

    /// <summary>Full path of a file in the bundle.</summary>
    public string PathOf(string fileName) => Path.Combine(BundleDirectory, fileName);

    /// <summary>Reports progress of <paramref name="step"/>.</summary>
    public void Report(string step, double fraction, string? message = null) =>
        Progress?.Report(new TrainingProgress(step, fraction, message));
}

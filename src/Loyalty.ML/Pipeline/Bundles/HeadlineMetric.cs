using Loyalty.ML.Core.Statistics;

namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>
/// One figure a data scientist reads first, read from a run's typed sections: named by its dotted path in metrics.json
/// (<c>{k}</c> standing for the list length the section is at), with its 95% interval when the run reports one.
/// </summary>
internal sealed record HeadlineMetric(string Path, Func<RunMetrics, double?> Value, Func<RunMetrics, MetricInterval?>? Interval = null)
{
    /// <summary>The figure of <paramref name="metrics"/>; its value null when the run does not report it (or it is not a number).</summary>
    public HeadlineFigure Of(RunMetrics metrics) =>
        new(NameIn(metrics), Value(metrics) is { } value && !double.IsNaN(value) ? value : null, Interval?.Invoke(metrics) is { } interval ? (interval.Low, interval.High) : null);

    /// <summary>The path with the run's list length in it.</summary>
    public string NameIn(RunMetrics metrics) => Path.Replace("{k}", (Path.StartsWith("also_bought", StringComparison.Ordinal)
        ? metrics.AlsoBought?.K
        : metrics.Recommendations?.Als?.K ?? metrics.Recommendations?.Served?.K) is { } k ? k.ToString(System.Globalization.CultureInfo.InvariantCulture) : "10", StringComparison.Ordinal);
}

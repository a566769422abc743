using System.Text.Json.Serialization;

namespace Loyalty.ML.Core.Statistics;

/// <summary>A 95% bootstrap interval of a metric, written as <c>[low, high]</c> in metrics.json.</summary>
/// <param name="Low">The 2.5th percentile.</param>
/// <param name="High">The 97.5th percentile.</param>
[JsonConverter(typeof(MetricIntervalConverter))]
public readonly record struct MetricInterval(double Low, double High)
{
    /// <summary>True when <paramref name="value"/> lies inside the interval.</summary>
    public bool Contains(double value) => value >= Low && value <= High;

    internal static MetricInterval? From((double Low, double High)? interval) =>
        interval is { } pair ? new MetricInterval(pair.Low, pair.High) : null;
}

using Loyalty.ML.Core.Statistics;

namespace Loyalty.ML.Recommendations.Online;

/// <summary>A figure with its standard error and 95% interval (normal approximation).</summary>
/// <param name="Value">The figure.</param>
/// <param name="StandardError">Its standard error, counting customers (not lists) as the independent units.</param>
/// <param name="Interval95">Value ± 1.96 standard errors.</param>
public sealed record Estimate(double Value, double StandardError, MetricInterval Interval95)
{
    /// <summary>z of a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The estimate of <paramref name="value"/> with <paramref name="standardError"/>.</summary>
    public static Estimate Of(double value, double standardError) =>
        new(value, standardError, new MetricInterval(value - (Z95 * standardError), value + (Z95 * standardError)));
}

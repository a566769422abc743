using System.Text.Json.Serialization;
using Loyalty.ML.Core.Statistics;

namespace Loyalty.ML.Offers.Campaigns.Measurement;

/// <summary>A figure in treatment and in control, their difference treatment − control and its 95% interval.</summary>
/// <param name="Treatment">The figure in the treatment group.</param>
/// <param name="Control">The figure in the control group.</param>
/// <param name="Value">Treatment − control.</param>
/// <param name="Interval95">The 95% interval of the difference (normal approximation).</param>
/// <param name="DistinguishableFromZero">True when the interval leaves out zero.</param>
public sealed record Difference(
    [property: JsonPropertyName("treatment")] double Treatment,
    [property: JsonPropertyName("control")] double Control,
    [property: JsonPropertyName("difference")] double Value,
    [property: JsonPropertyName("interval_95")] MetricInterval Interval95,
    [property: JsonPropertyName("distinguishable_from_zero")] bool DistinguishableFromZero);

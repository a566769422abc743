using System.Text.Json.Serialization;

namespace Loyalty.ML.Core.Statistics;

/// <summary>One point of a curve drawn in the report (an ROC or gain curve).</summary>
/// <param name="X">The horizontal value: false-positive rate, or share of customers contacted.</param>
/// <param name="Y">The vertical value: true-positive rate, or share of positives found.</param>
public sealed record CurvePoint(
    [property: JsonPropertyName("x")] double X,
    [property: JsonPropertyName("y")] double Y);

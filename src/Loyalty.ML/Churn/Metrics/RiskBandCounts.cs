using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Metrics;

/// <summary>Scored customers per risk band.</summary>
/// <param name="Low">In the low band.</param>
/// <param name="Medium">In the medium band.</param>
/// <param name="High">In the high band.</param>
public sealed record RiskBandCounts(
    [property: JsonPropertyName("low")] int Low,
    [property: JsonPropertyName("medium")] int Medium,
    [property: JsonPropertyName("high")] int High);

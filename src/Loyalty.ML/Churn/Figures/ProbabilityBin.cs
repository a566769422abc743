using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Figures;

/// <summary>One bin of the published churn probabilities, with the customers of each risk band in it.</summary>
/// <param name="From">The bin's lowest probability.</param>
/// <param name="To">The bin's highest probability (exclusive, except the last).</param>
/// <param name="Low">Customers in the low band.</param>
/// <param name="Medium">Customers in the medium band.</param>
/// <param name="High">Customers in the high band.</param>
public sealed record ProbabilityBin(
    [property: JsonPropertyName("from")] double From,
    [property: JsonPropertyName("to")] double To,
    [property: JsonPropertyName("low")] int Low,
    [property: JsonPropertyName("medium")] int Medium,
    [property: JsonPropertyName("high")] int High);

using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Figures;

/// <summary>Customers whose CLV lies in [<paramref name="From"/>, <paramref name="To"/>), and how many of them are at risk.</summary>
/// <param name="From">Lower bound, inclusive.</param>
/// <param name="To">Upper bound, exclusive (inclusive for the last bin).</param>
/// <param name="Customers">Customers in the bin.</param>
/// <param name="AtRisk">Of those, in the medium or high band.</param>
public sealed record ClvBin(
    [property: JsonPropertyName("from")] double From,
    [property: JsonPropertyName("to")] double To,
    [property: JsonPropertyName("customers")] int Customers,
    [property: JsonPropertyName("at_risk")] int AtRisk);

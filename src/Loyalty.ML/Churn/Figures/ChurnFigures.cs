using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Figures;

/// <summary>What the report draws of a churn training: the evaluation's curves, the published probabilities by band and the most frequent reasons.</summary>
/// <param name="Curves">The out-of-time evaluation's curves; null when there was no evaluation.</param>
/// <param name="Probabilities">Published probabilities in bins of 0.05, by risk band.</param>
/// <param name="TopReasons">The most frequent reasons, most frequent first.</param>
public sealed record ChurnFigures(
    [property: JsonPropertyName("curves")] ChurnCurves? Curves,
    [property: JsonPropertyName("probabilities")] IReadOnlyList<ProbabilityBin> Probabilities,
    [property: JsonPropertyName("top_reasons")] IReadOnlyList<ReasonCount> TopReasons);

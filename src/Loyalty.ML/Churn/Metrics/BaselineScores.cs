using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Metrics;

/// <summary>A baseline's figures on the same test customers as the model.</summary>
/// <param name="Auc">Area under the ROC curve.</param>
/// <param name="PrAuc">Area under the precision-recall curve.</param>
/// <param name="LiftAt10Pct">Churn rate in the top 10% over the overall rate.</param>
/// <param name="Brier">Brier score, for a baseline that is a probability; null otherwise.</param>
public sealed record BaselineScores(
    [property: JsonPropertyName("auc")] double Auc,
    [property: JsonPropertyName("pr_auc")] double PrAuc,
    [property: JsonPropertyName("lift_at_10pct")] double LiftAt10Pct,
    [property: JsonPropertyName("brier"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Brier = null);

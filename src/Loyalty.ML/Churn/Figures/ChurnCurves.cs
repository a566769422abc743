using System.Text.Json.Serialization;
using Loyalty.ML.Core.Statistics;

namespace Loyalty.ML.Churn.Figures;

/// <summary>
/// The out-of-time evaluation drawn: ROC and gain curves of the model and both baselines on the test customers,
/// BG/NBD's predicted against actual purchases in the holdout, and its P(alive) over recency × frequency.
/// </summary>
/// <param name="ModelRoc">The model's ROC curve.</param>
/// <param name="RecencyRoc">The recency baseline's ROC curve.</param>
/// <param name="BgnbdRoc">The BG/NBD P(no purchase) baseline's ROC curve.</param>
/// <param name="ModelGain">The model's cumulative gain curve.</param>
/// <param name="RecencyGain">The recency baseline's cumulative gain curve.</param>
/// <param name="BgnbdGain">The BG/NBD baseline's cumulative gain curve.</param>
/// <param name="Holdout">Predicted against actual purchases in the holdout, by purchases before the cutoff.</param>
/// <param name="AliveMatrix">P(alive) over recency × frequency at the test customers' longest history.</param>
public sealed record ChurnCurves(
    [property: JsonPropertyName("model_roc")] IReadOnlyList<CurvePoint> ModelRoc,
    [property: JsonPropertyName("recency_roc")] IReadOnlyList<CurvePoint> RecencyRoc,
    [property: JsonPropertyName("bgnbd_roc")] IReadOnlyList<CurvePoint> BgnbdRoc,
    [property: JsonPropertyName("model_gain")] IReadOnlyList<CurvePoint> ModelGain,
    [property: JsonPropertyName("recency_gain")] IReadOnlyList<CurvePoint> RecencyGain,
    [property: JsonPropertyName("bgnbd_gain")] IReadOnlyList<CurvePoint> BgnbdGain,
    [property: JsonPropertyName("holdout")] IReadOnlyList<HoldoutPurchases> Holdout,
    [property: JsonPropertyName("alive_matrix")] ProbabilityAliveMatrix AliveMatrix);

using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Metrics;

/// <summary>The baselines of the run, scored on the model's test customers.</summary>
/// <param name="Recency">Days since the last purchase alone.</param>
/// <param name="Bgnbd">BG/NBD fitted on the same history, ranking by its own P(no purchase in the next H days).</param>
public sealed record ChurnBaselines(
    [property: JsonPropertyName("recency")] BaselineScores Recency,
    [property: JsonPropertyName("bgnbd")] BaselineScores Bgnbd);

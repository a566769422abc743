using System.Text.Json.Serialization;

namespace Loyalty.ML.Recommendations.Evaluation.Metrics;

/// <summary>
/// The fit the recommender figures measure (<c>recommendations.fit</c>): its window, the time recency is aged from,
/// and every setting that changes the lists (not the thread count, which does not). A model trained on the lines
/// before <see cref="TrainedBefore"/>, less the <see cref="HeldOut"/> ones, with these settings serves exactly the lists
/// evaluated.
/// </summary>
/// <param name="TrainedBefore">End of the training window (the first instant after the last line it considers), round-trip formatted.</param>
/// <param name="DecayOrigin">Time recency is aged from, round-trip formatted.</param>
/// <param name="Factors">ALS factors.</param>
/// <param name="Regularization">ALS regularization.</param>
/// <param name="Alpha">Confidence scale.</param>
/// <param name="Confidence">Confidence scaling.</param>
/// <param name="Epsilon">Epsilon of log confidence.</param>
/// <param name="Iterations">ALS iterations.</param>
/// <param name="CgSteps">Conjugate-gradient steps per iteration.</param>
/// <param name="Seed">Seed of the factors.</param>
/// <param name="RecencyHalfLifeDays">Half-life of purchase weights.</param>
/// <param name="PopularityHalfLifeDays">Half-life of popularity.</param>
/// <param name="AlsoBoughtMeasure">Co-occurrence measure.</param>
/// <param name="AlsoBoughtNeighbors">Neighbours kept per item.</param>
/// <param name="HeldOut">The lines before the end that the fit did not see (the last-basket protocol's baskets); absent for a time split.</param>
public sealed record RecommenderFit(
    [property: JsonPropertyName("trained_before")] string TrainedBefore,
    [property: JsonPropertyName("decay_origin")] string DecayOrigin,
    [property: JsonPropertyName("factors")] int Factors,
    [property: JsonPropertyName("regularization")] float Regularization,
    [property: JsonPropertyName("alpha")] float Alpha,
    [property: JsonPropertyName("confidence")] string Confidence,
    [property: JsonPropertyName("epsilon")] float Epsilon,
    [property: JsonPropertyName("iterations")] int Iterations,
    [property: JsonPropertyName("cg_steps")] int CgSteps,
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("recency_half_life_days")] double RecencyHalfLifeDays,
    [property: JsonPropertyName("popularity_half_life_days")] double PopularityHalfLifeDays,
    [property: JsonPropertyName("also_bought_measure")] string AlsoBoughtMeasure,
    [property: JsonPropertyName("also_bought_neighbors")] int AlsoBoughtNeighbors,
    [property: JsonPropertyName("held_out"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? HeldOut = null)
{
    /// <summary>
    /// How the ALS fit of these figures was warm-started, when it was: then the ALS-based figures are of that fit,
    /// while the served candidate uses no ALS factors, so its lists are those of a cold fit with these settings.
    /// </summary>
    [JsonPropertyName("warm_start")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? WarmStart { get; init; }
}

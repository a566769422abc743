using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Figures;

/// <summary>BG/NBD's P(alive) for a customer of age <paramref name="AgeDays"/> over a grid of repeat purchases × recency, as lifetimes draws it.</summary>
/// <param name="AgeDays">The customer age every cell assumes: the test customers' longest history, in days.</param>
/// <param name="Frequencies">The rows: repeat purchase days.</param>
/// <param name="RecencyDays">The columns: days from the first to the last purchase.</param>
/// <param name="Values">P(alive) per row and column; null where recency cannot hold that many repeat days.</param>
public sealed record ProbabilityAliveMatrix(
    [property: JsonPropertyName("age_days")] double AgeDays,
    [property: JsonPropertyName("frequencies")] IReadOnlyList<int> Frequencies,
    [property: JsonPropertyName("recency_days")] IReadOnlyList<double> RecencyDays,
    [property: JsonPropertyName("values")] IReadOnlyList<IReadOnlyList<double?>> Values);

using System.Numerics.Tensors;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// One customer's score for every item under the model's personal candidate, and the helpers candidates share.
/// Serving and the evaluation both rank from here, so the lists evaluated are the lists served.
/// </summary>
internal static class PersonalScores
{
    // A candidate that leaves most items at 0 for a customer with few items has popularity order those ties instead of the index.
    private const float PopularityTieBreak = 1e-4f;

    public static void Fill(RecommenderModel model, int customer, Span<float> scores) => model.Personal.Score(model, customer, scores);

    /// <summary>Fills <paramref name="scores"/> with the model's popularity scaled to at most <see cref="PopularityTieBreak"/>: the order of items a candidate leaves tied.</summary>
    public static void TieBreak(RecommenderModel model, Span<float> scores)
    {
        var popularity = model.Popularity.AsSpan(0, scores.Length);
        var top = popularity.IsEmpty ? 0 : TensorPrimitives.Max(popularity);
        if (top > 0)
        {
            TensorPrimitives.Multiply(popularity, PopularityTieBreak / top, scores);
        }
        else
        {
            scores.Clear();
        }
    }

    /// <summary>Rescales <paramref name="scores"/> to [0, 1] (all 0 when they are equal).</summary>
    public static void ScaleToUnit(Span<float> scores)
    {
        if (scores.IsEmpty)
        {
            return;
        }

        var (low, high) = (TensorPrimitives.Min(scores), TensorPrimitives.Max(scores));
        if (high > low)
        {
            TensorPrimitives.Subtract(scores, low, scores);
            TensorPrimitives.Multiply(scores, 1 / (high - low), scores);
        }
        else
        {
            scores.Clear();
        }
    }
}

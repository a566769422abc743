using System.Buffers;
using System.Numerics.Tensors;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// One customer's score for every item under the model's <see cref="PersonalMethod"/>. Serving and the evaluation
/// both rank from here, so the lists evaluated are the lists served.
/// </summary>
internal static class PersonalScores
{
    // Item-kNN leaves most items at 0 for a customer with few items; popularity orders those ties instead of the index.
    private const float PopularityTieBreak = 1e-4f;

    public static void Fill(RecommenderModel model, int customer, Span<float> scores) => Fill(model, model.Personal, customer, scores);

    public static void Fill(RecommenderModel model, PersonalMethod method, int customer, Span<float> scores)
    {
        switch (method)
        {
            case PersonalMethod.Als:
                Als(model, customer, scores);
                break;
            case PersonalMethod.ItemKnn:
                ItemKnn(model, customer, scores);
                break;
            case PersonalMethod.Popularity or PersonalMethod.PopularityAllTime:
                model.Popularity.AsSpan(0, scores.Length).CopyTo(scores);
                break;
            default:
                Blend(model, customer, scores);
                break;
        }
    }

    private static void Als(RecommenderModel model, int customer, Span<float> scores)
    {
        var factors = model.Factors;
        RowDots.Compute(factors.Items, factors.Factors, factors.Customer(customer), scores);
    }

    private static void ItemKnn(RecommenderModel model, int customer, Span<float> scores)
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

        foreach (var item in model.History.ItemsOf(customer))
        {
            var neighbors = model.ItemKnn.Of(item);
            var weights = model.ItemKnn.ScoresOf(item);
            for (var index = 0; index < neighbors.Length; index++)
            {
                scores[neighbors[index]] += weights[index];
            }
        }
    }

    private static void Blend(RecommenderModel model, int customer, Span<float> scores)
    {
        var knn = ArrayPool<float>.Shared.Rent(scores.Length);
        try
        {
            var other = knn.AsSpan(0, scores.Length);
            Als(model, customer, scores);
            ItemKnn(model, customer, other);
            ScaleToUnit(scores);
            ScaleToUnit(other);
            TensorPrimitives.Multiply(scores, model.BlendWeight, scores);
            TensorPrimitives.MultiplyAdd(other, 1 - model.BlendWeight, scores, scores);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(knn);
        }
    }

    private static void ScaleToUnit(Span<float> scores)
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

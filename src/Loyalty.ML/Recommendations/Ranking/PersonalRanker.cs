using System.Buffers;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>Personal top-N: SIMD dot products against every item (<see cref="RowDots"/>), then a partial selection of the best that pass the filter.</summary>
internal static class PersonalRanker
{
    public static List<RankedItem> Top(RecommenderModel model, ItemSimilarity similarity, int customer, int count, Func<int, bool> accept)
    {
        var factors = model.Factors;
        var scores = ArrayPool<float>.Shared.Rent(factors.ItemCount);
        var best = ArrayPool<int>.Shared.Rent(count);
        try
        {
            RowDots.Compute(factors.Items, factors.Factors, factors.Customer(customer), scores.AsSpan(0, factors.ItemCount));
            var found = TopK.Select(scores.AsSpan(0, factors.ItemCount), best.AsSpan(0, count), accept);
            var result = new List<RankedItem>(found);
            for (var rank = 0; rank < found; rank++)
            {
                result.Add(new RankedItem(best[rank], scores[best[rank]], AnswerSource.Factors, ClosestBought(model, similarity, customer, best[rank])));
            }

            return result;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<int>.Shared.Return(best);
        }
    }

    /// <summary>The bought item most similar to <paramref name="item"/>: the "because you bought X" of the reason.</summary>
    private static int ClosestBought(RecommenderModel model, ItemSimilarity similarity, int customer, int item)
    {
        var closest = -1;
        var bestCosine = 0f;
        foreach (var bought in model.History.ItemsOf(customer))
        {
            var cosine = bought != item ? similarity.Cosine(bought, item) : 0f;
            if (cosine > bestCosine)
            {
                (closest, bestCosine) = (bought, cosine);
            }
        }

        return closest;
    }
}

using System.Buffers;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Answers;
using Loyalty.ML.Recommendations.Candidates;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// Personal top-N: every item scored by the model's method (<see cref="PersonalScores"/>), then a partial selection of
/// the best that pass the filter; for ALS and its blend, with an 8-bit copy of the item factors, the same answer from
/// exact scores of the few items that can reach the top (<see cref="BoundedTopK"/>).
/// </summary>
internal static class PersonalRanker
{
    public static List<RankedItem> Top(RecommenderModel model, ItemSimilarity similarity, int customer, int count, Func<int, bool> accept, QuantizedItems? quantized = null)
    {
        var best = ArrayPool<int>.Shared.Rent(count);
        var bestScores = ArrayPool<float>.Shared.Rent(count);
        try
        {
            var found = quantized is not null && model.Personal is IFactorPart part
                && BoundedTopK.TrySelect(model, quantized, part, customer, accept, best.AsSpan(0, count), bestScores.AsSpan(0, count), out var bounded)
                ? bounded
                : ScanAll(model, customer, accept, best.AsSpan(0, count), bestScores.AsSpan(0, count));
            var result = new List<RankedItem>(found);
            var popular = model.Personal.Popularity is not null;
            for (var rank = 0; rank < found; rank++)
            {
                var item = best[rank];
                result.Add(popular
                    ? new RankedItem(item, bestScores[rank], AnswerSource.Popular)
                    : new RankedItem(item, bestScores[rank], AnswerSource.Factors, ClosestBought(model, similarity, customer, item)));
            }

            return result;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(best);
            ArrayPool<float>.Shared.Return(bestScores);
        }
    }

    /// <summary>Every item scored, then the best that pass the filter: their indexes and scores, best first.</summary>
    public static int ScanAll(RecommenderModel model, int customer, Func<int, bool> accept, Span<int> best, Span<float> bestScores)
    {
        var items = model.Items.Count;
        var scores = ArrayPool<float>.Shared.Rent(items);
        try
        {
            PersonalScores.Fill(model, customer, scores.AsSpan(0, items));
            var found = TopK.Select(scores.AsSpan(0, items), best, accept);
            for (var rank = 0; rank < found; rank++)
            {
                bestScores[rank] = scores[best[rank]];
            }

            return found;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
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

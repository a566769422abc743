using System.Buffers;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>Personal top-N: every item scored by the model's method (<see cref="PersonalScores"/>), then a partial selection of the best that pass the filter.</summary>
internal static class PersonalRanker
{
    public static List<RankedItem> Top(RecommenderModel model, ItemSimilarity similarity, int customer, int count, Func<int, bool> accept)
    {
        var items = model.Items.Count;
        var scores = ArrayPool<float>.Shared.Rent(items);
        var best = ArrayPool<int>.Shared.Rent(count);
        try
        {
            PersonalScores.Fill(model, customer, scores.AsSpan(0, items));
            var found = TopK.Select(scores.AsSpan(0, items), best.AsSpan(0, count), accept);
            var result = new List<RankedItem>(found);
            var popular = model.Personal.Popularity is not null;
            for (var rank = 0; rank < found; rank++)
            {
                var item = best[rank];
                result.Add(popular
                    ? new RankedItem(item, scores[item], AnswerSource.Popular)
                    : new RankedItem(item, scores[item], AnswerSource.Factors, ClosestBought(model, similarity, customer, item)));
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

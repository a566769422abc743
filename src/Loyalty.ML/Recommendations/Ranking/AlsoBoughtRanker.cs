using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// "Also bought" for one item: order co-occurrence neighbours or factor neighbours (by <see cref="AlsoBoughtMethod"/>),
/// backfilled with the other source and then with popular items. Never returns the item itself.
/// </summary>
internal sealed class AlsoBoughtRanker(ItemNeighbors coOccurrence, ItemSimilarity similarity, float[] popularity, AlsoBoughtMethod method)
{
    private readonly int[] _popularOrder = Signals.Popularity.Order(popularity);

    public AlsoBoughtMethod Method => method;

    /// <summary>Top <paramref name="count"/> for a known item index, filtered by <paramref name="accept"/>.</summary>
    public List<RankedItem> Top(int item, int count, Func<int, bool>? accept = null)
    {
        var taken = new HashSet<int> { item };
        var result = new List<RankedItem>(count);
        bool Fresh(int other) => !taken.Contains(other) && (accept is null || accept(other));
        void AddAll(List<RankedItem> items)
        {
            foreach (var ranked in items)
            {
                if (result.Count < count && taken.Add(ranked.Item))
                {
                    result.Add(ranked);
                }
            }
        }

        if (method == AlsoBoughtMethod.CoOccurrence)
        {
            AddAll(FromCoOccurrence(item, count, Fresh));
        }

        AddAll(similarity.Nearest(item, count - result.Count, Fresh));
        if (method == AlsoBoughtMethod.Factors)
        {
            AddAll(FromCoOccurrence(item, count - result.Count, Fresh));
        }

        AddAll(Popular(count - result.Count, Fresh));
        return result;
    }

    /// <summary>The most popular items <paramref name="accept"/> lets through.</summary>
    public List<RankedItem> Popular(int count, Func<int, bool>? accept = null)
    {
        var result = new List<RankedItem>(Math.Max(0, count));
        for (var rank = 0; rank < _popularOrder.Length && result.Count < count; rank++)
        {
            var item = _popularOrder[rank];
            if (accept is null || accept(item))
            {
                result.Add(new RankedItem(item, popularity[item], AnswerSource.Popular));
            }
        }

        return result;
    }

    private List<RankedItem> FromCoOccurrence(int item, int count, Func<int, bool> accept)
    {
        var result = new List<RankedItem>(Math.Max(0, count));
        var neighbors = coOccurrence.Of(item);
        var scores = coOccurrence.ScoresOf(item);
        for (var index = 0; index < neighbors.Length && result.Count < count; index++)
        {
            if (accept(neighbors[index]))
            {
                result.Add(new RankedItem(neighbors[index], scores[index], AnswerSource.CoOccurrence, item));
            }
        }

        return result;
    }
}

using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// "Also bought" for one item by <see cref="AlsoBoughtMethod"/>: the method's own items first, then fillers marked as
/// such and scored below them (<see cref="MonotoneList"/>). Never returns the item itself.
/// </summary>
internal sealed class AlsoBoughtRanker
{
    private readonly RecommenderModel _model;
    private readonly ItemSimilarity _similarity;
    private readonly int[] _popularOrder;

    public AlsoBoughtRanker(RecommenderModel model, ItemSimilarity similarity, AlsoBoughtMethod? method = null)
    {
        _model = model;
        _similarity = similarity;
        Method = method ?? model.AlsoBoughtMethod;
        _popularOrder = Signals.Popularity.Order(model.Popularity);
    }

    public AlsoBoughtMethod Method { get; }

    /// <summary>Top <paramref name="count"/> for a known item index, filtered by <paramref name="accept"/>.</summary>
    public List<RankedItem> Top(int item, int count, Func<int, bool>? accept = null) => Top(item, count, accept, default);

    /// <summary>
    /// <see cref="Top(int, int, Func{int, bool}?)"/> of each of <paramref name="items"/>: the items that need factor
    /// similarity (every item for <see cref="AlsoBoughtMethod.Factors"/>; for <see cref="AlsoBoughtMethod.CoOccurrence"/>
    /// only those with too few co-occurring items to fill the list) have their dots with every item computed in one
    /// pass over the item factors (the same lists).
    /// </summary>
    public List<RankedItem>[] TopMany(int[] items, int count)
    {
        var lists = new List<RankedItem>[items.Length];
        var scanned = Method switch
        {
            AlsoBoughtMethod.Factors => items,
            AlsoBoughtMethod.CoOccurrence => Array.FindAll(items, item => CoOccurringOthers(item) < count),
            _ => [],
        };
        var itemCount = _model.Items.Count;
        var dots = new float[scanned.Length * itemCount];
        _similarity.Dots(scanned, dots);
        for (int index = 0, position = 0; index < items.Length; index++)
        {
            // The items scanned are in the order of items, so each takes the next row of dots.
            var scan = position < scanned.Length && scanned[position] == items[index];
            lists[index] = Top(items[index], count, null, scan ? dots.AsSpan(position++ * itemCount, itemCount) : default);
        }

        return lists;
    }

    // Neighbours of the item other than itself: a list that many long or longer never asks for fillers.
    private int CoOccurringOthers(int item)
    {
        var others = 0;
        foreach (var neighbor in _model.AlsoBought.Of(item))
        {
            others += neighbor == item ? 0 : 1;
        }

        return others;
    }

    private List<RankedItem> Top(int item, int count, Func<int, bool>? accept, ReadOnlySpan<float> dots)
    {
        var list = new MonotoneList(count, item);
        bool Fresh(int other) => list.IsFresh(other) && (accept is null || accept(other));
        switch (Method)
        {
            case AlsoBoughtMethod.CoOccurrence:
                list.AddOwn(FromCoOccurrence(item, count, Fresh));
                list.AddFillers(_similarity.Nearest(item, list.Missing, Fresh, dots));
                break;
            case AlsoBoughtMethod.Factors:
                list.AddOwn(_similarity.Nearest(item, count, Fresh, dots));
                list.AddFillers(FromCoOccurrence(item, list.Missing, Fresh));
                break;
            case AlsoBoughtMethod.SignificantCoOccurrence:
                list.AddOwn(FromCoOccurrence(item, count, Fresh));
                list.AddFillers(SameCategory(item, list.Missing, Fresh));
                break;
            case AlsoBoughtMethod.Ease:
                list.AddOwn(FromCoOccurrence(item, count, Fresh));
                list.AddFillers(SameCategory(item, list.Missing, Fresh));
                break;
            case AlsoBoughtMethod.Popularity:
                list.AddOwn(Popular(count, Fresh));
                break;
            case AlsoBoughtMethod.CategoryPopularity:
                list.AddOwn(SameCategory(item, count, Fresh));
                break;
            default:
                throw new InvalidOperationException($"also-bought method {Method} has no ranking");
        }

        list.AddFillers(Popular(list.Missing, Fresh));
        return list.Items;
    }

    /// <summary>
    /// Only the co-occurring part of <see cref="Top(int, int, Func{int, bool}?)"/>: the first <paramref name="count"/> neighbours in the same
    /// orders that <paramref name="accept"/> lets through, never the item itself, without the fillers (and their scan
    /// of the catalog) that <see cref="Top(int, int, Func{int, bool}?)"/> adds when they run short.
    /// </summary>
    public List<RankedItem> CoOccurring(int item, int count, Func<int, bool> accept) =>
        FromCoOccurrence(item, count, other => other != item && accept(other));

    /// <summary>The most popular items <paramref name="accept"/> lets through.</summary>
    public List<RankedItem> Popular(int count, Func<int, bool>? accept = null) => PopularWhere(count, other => accept is null || accept(other));

    private List<RankedItem> SameCategory(int item, int count, Func<int, bool> accept)
    {
        var category = _model.ItemCategory[item];
        return category < 0 ? [] : PopularWhere(count, other => _model.ItemCategory[other] == category && accept(other));
    }

    private List<RankedItem> PopularWhere(int count, Func<int, bool> accept)
    {
        var result = new List<RankedItem>(Math.Max(0, count));
        var popularity = _model.Popularity;
        for (var rank = 0; rank < _popularOrder.Length && result.Count < count; rank++)
        {
            var item = _popularOrder[rank];
            if (accept(item))
            {
                result.Add(new RankedItem(item, popularity[item], AnswerSource.Popular));
            }
        }

        return result;
    }

    private List<RankedItem> FromCoOccurrence(int item, int count, Func<int, bool> accept)
    {
        var result = new List<RankedItem>(Math.Max(0, count));
        var neighbors = _model.AlsoBought.Of(item);
        var scores = _model.AlsoBought.ScoresOf(item);
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

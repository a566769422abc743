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
    public List<RankedItem> Top(int item, int count, Func<int, bool>? accept = null)
    {
        var list = new MonotoneList(count, item);
        bool Fresh(int other) => list.IsFresh(other) && (accept is null || accept(other));
        switch (Method)
        {
            case AlsoBoughtMethod.CoOccurrence:
                list.AddOwn(FromCoOccurrence(item, count, Fresh));
                list.AddFillers(_similarity.Nearest(item, list.Missing, Fresh));
                break;
            case AlsoBoughtMethod.Factors:
                list.AddOwn(_similarity.Nearest(item, count, Fresh));
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
    /// Only the co-occurring part of <see cref="Top"/>: the first <paramref name="count"/> neighbours in the same
    /// orders that <paramref name="accept"/> lets through, never the item itself, without the fillers (and their scan
    /// of the catalog) that <see cref="Top"/> adds when they run short.
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

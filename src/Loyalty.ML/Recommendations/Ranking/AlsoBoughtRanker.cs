using System.Buffers;
using System.Runtime.InteropServices;
using Loyalty.ML.Recommendations.Answers;
using Loyalty.ML.Recommendations.Candidates.AlsoBought;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// "Also bought" for one item by an <see cref="IAlsoBoughtCandidate"/>: the candidate's own items first, then fillers
/// marked as such and scored below them (<see cref="MonotoneList"/>), popular items last. Never returns the item itself.
/// The sources candidates rank from are here: the model's neighbour lists, factor similarity, popularity by category.
/// </summary>
internal sealed class AlsoBoughtRanker
{
    private readonly RecommenderModel _model;
    private readonly ItemSimilarity _similarity;
    private readonly int[] _popularOrder;
    private readonly Dictionary<int, int[]> _popularInCategory;
    private readonly ReadOnlyMemory<float> _dots;

    public AlsoBoughtRanker(RecommenderModel model, ItemSimilarity similarity, IAlsoBoughtCandidate? candidate = null)
    {
        _model = model;
        _similarity = similarity;
        Candidate = candidate ?? AlsoBoughtCandidates.Get(model.AlsoBoughtMethod);
        _popularOrder = Signals.Popularity.Order(model.Popularity);
        _popularInCategory = _popularOrder.Where(item => model.ItemCategory[item] >= 0).GroupBy(item => model.ItemCategory[item]).ToDictionary(items => items.Key, items => items.ToArray());
    }

    // A view for one list whose factor dots were computed with others' (TopMany): Similar reads them instead of scanning.
    private AlsoBoughtRanker(AlsoBoughtRanker ranker, ReadOnlyMemory<float> dots)
    {
        (_model, _similarity, _popularOrder, _popularInCategory, Candidate, _dots) = (ranker._model, ranker._similarity, ranker._popularOrder, ranker._popularInCategory, ranker.Candidate, dots);
    }

    public IAlsoBoughtCandidate Candidate { get; }

    /// <summary>Top <paramref name="count"/> for a known item index, filtered by <paramref name="accept"/>.</summary>
    public List<RankedItem> Top(int item, int count, Func<int, bool>? accept = null) => Top(item, count, accept, default);

    /// <summary>
    /// <see cref="Top(int, int, Func{int, bool}?)"/> of each of <paramref name="items"/>: the items whose lists need
    /// factor similarity (<see cref="IAlsoBoughtCandidate.ScansFactors"/>) have their dots with every item computed in
    /// one pass over the item factors (the same lists).
    /// </summary>
    public List<RankedItem>[] TopMany(int[] items, int count) => TopMany([this], items, count)[0];

    /// <summary>
    /// <see cref="TopMany(int[], int)"/> of every ranker of <paramref name="rankers"/> (one item similarity for all)
    /// over the same items, one array of lists per ranker: an item's factor dots are computed once for every ranker
    /// that scans it (co-occurrence's fillers and factor neighbours read the same dots), the same lists as each
    /// ranker's own <see cref="TopMany(int[], int)"/>.
    /// </summary>
    public static List<RankedItem>[][] TopMany(IReadOnlyList<AlsoBoughtRanker> rankers, int[] items, int count)
    {
        var similarity = rankers[0]._similarity;
        if (rankers.Any(ranker => ranker._similarity != similarity))
        {
            throw new ArgumentException("the rankers share their dots only when they share one item similarity", nameof(rankers));
        }

        var scans = rankers.Select(ranker => Array.ConvertAll(items, item => ranker.Candidate.ScansFactors(ranker, item, count))).ToArray();
        var row = new int[items.Length];
        var scanned = new List<int>(items.Length);
        for (var index = 0; index < items.Length; index++)
        {
            row[index] = scans.Any(scan => scan[index]) ? scanned.Count : -1;
            if (row[index] >= 0)
            {
                scanned.Add(items[index]);
            }
        }

        var itemCount = rankers[0]._model.Items.Count;
        var dots = ArrayPool<float>.Shared.Rent(scanned.Count * itemCount);
        try
        {
            similarity.Dots(CollectionsMarshal.AsSpan(scanned), dots.AsSpan(0, scanned.Count * itemCount));
            return rankers.Select((ranker, which) => items.Select((item, index) =>
                ranker.Top(item, count, null, scans[which][index] ? dots.AsMemory(row[index] * itemCount, itemCount) : default)).ToArray()).ToArray();
        }
        finally
        {
            ArrayPool<float>.Shared.Return(dots);
        }
    }

    /// <summary>Neighbours of the item in the same orders, other than itself: a list that many long or longer never asks for fillers.</summary>
    public int CoOccurringOthers(int item)
    {
        var others = 0;
        foreach (var neighbor in _model.AlsoBought.Of(item))
        {
            others += neighbor == item ? 0 : 1;
        }

        return others;
    }

    private List<RankedItem> Top(int item, int count, Func<int, bool>? accept, ReadOnlyMemory<float> dots)
    {
        var list = new MonotoneList(count, item);
        bool Fresh(int other) => list.IsFresh(other) && (accept is null || accept(other));
        Candidate.Rank(dots.IsEmpty ? this : new AlsoBoughtRanker(this, dots), item, list, Fresh);
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

    /// <summary>The items closest to <paramref name="item"/> in factor space that <paramref name="accept"/> lets through.</summary>
    public List<RankedItem> Similar(int item, int count, Func<int, bool> accept) => _similarity.Nearest(item, count, accept, _dots.Span);

    /// <summary>The most popular items <paramref name="accept"/> lets through.</summary>
    public List<RankedItem> Popular(int count, Func<int, bool>? accept = null) => PopularWhere(_popularOrder, count, other => accept is null || accept(other));

    /// <summary>The most popular items of <paramref name="item"/>'s category that <paramref name="accept"/> lets through; none when it has no category.</summary>
    public List<RankedItem> SameCategory(int item, int count, Func<int, bool> accept)
    {
        var category = _model.ItemCategory[item];
        return category < 0 ? [] : PopularWhere(_popularInCategory.GetValueOrDefault(category, []), count, accept);
    }

    // The first count items of order (most popular first) that accept lets through.
    private List<RankedItem> PopularWhere(int[] order, int count, Func<int, bool> accept)
    {
        var result = new List<RankedItem>(Math.Max(0, count));
        var popularity = _model.Popularity;
        for (var rank = 0; rank < order.Length && result.Count < count; rank++)
        {
            var item = order[rank];
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

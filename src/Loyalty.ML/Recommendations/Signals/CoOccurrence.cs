using System.Buffers;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Recommendations.Signals;

/// <summary>
/// Item-item co-occurrence over groups (orders for "also bought", customers for item-kNN): for each item the
/// items sharing a group with it, scored by <see cref="CoOccurrenceMeasure"/>, best <c>maxNeighbors</c> kept.
/// Work is Σ over groups of size², never an items × items matrix.
/// </summary>
internal static class CoOccurrence
{
    /// <summary>Items per chunk of <see cref="BuildChunks"/>.</summary>
    public const int ItemsPerChunk = 64;

    /// <param name="groupItems">Group × item matrix; only the pattern is used.</param>
    /// <param name="measure">Similarity of a pair.</param>
    /// <param name="maxNeighbors">Neighbours kept per item.</param>
    /// <param name="threads">Worker threads.</param>
    /// <param name="minSupport">Fewest shared groups a pair needs (<see cref="CoOccurrenceMeasure.Shrunk"/> only).</param>
    /// <param name="shrinkage">Groups added to n(i) (<see cref="CoOccurrenceMeasure.Shrunk"/> only).</param>
    /// <param name="sorted">False: an item whose every neighbour is kept keeps them in the order they were met, unsorted (a sum over them does not need the order; <see cref="BestOfEach"/> orders them later).</param>
    /// <param name="asked">The items whose lists are wanted (null: every item); the others get none. An asked item's list is the one a build of every item gives.</param>
    public static ItemNeighbors Build(CsrMatrix groupItems, CoOccurrenceMeasure measure, int maxNeighbors, int threads, int minSupport = 1, double shrinkage = 0, bool sorted = true, bool[]? asked = null) =>
        BuildEach(groupItems, [new CoOccurrenceScoring(measure, minSupport, shrinkage)], maxNeighbors, threads, sorted, asked)[0];

    /// <summary>
    /// <see cref="Build"/>'s lists for each of <paramref name="scorings"/>, in that order, from one count of the pairs:
    /// each the lists a build of its scoring alone gives (the order co-occurrence a model serves and the one a candidate
    /// ranks from count the same pairs).
    /// </summary>
    public static ItemNeighbors[] BuildEach(CsrMatrix groupItems, IReadOnlyList<CoOccurrenceScoring> scorings, int maxNeighbors, int threads, bool sorted = true, bool[]? asked = null)
    {
        var chunks = ByChunk(groupItems, [.. scorings], maxNeighbors, threads, sorted, asked, lists => lists);
        var built = new ItemNeighbors[scorings.Count];
        for (var which = 0; which < built.Length; which++)
        {
            built[which] = ItemNeighbors.Pack([.. chunks.SelectMany(chunk => chunk[which])]);

            // Each scoring's lists let go once packed, so no more than one packed copy is alive beside them, as with one build at a time.
            Array.ForEach(chunks, chunk => chunk[which] = []);
        }

        return built;
    }

    /// <summary>
    /// The lists <see cref="Build"/> gives, each chunk of <see cref="ItemsPerChunk"/> items handed to <paramref name="pack"/>
    /// as soon as its lists are found (on the worker that found them), in the order of the items: <see cref="Build"/>'s
    /// lists are all alive beside their copy while it packs them, too much for item-kNN's thousands per item.
    /// </summary>
    public static T[] BuildChunks<T>(CsrMatrix groupItems, CoOccurrenceMeasure measure, int maxNeighbors, int threads, bool sorted, bool[]? asked, Func<(int[] Neighbors, float[] Scores)[], T> pack) =>
        ByChunk(groupItems, [new CoOccurrenceScoring(measure)], maxNeighbors, threads, sorted, asked, lists => pack(lists[0]));

    // Each chunk of ItemsPerChunk items' lists, one array per scoring, handed to done as soon as they are found (on the worker that found them).
    private static T[] ByChunk<T>(CsrMatrix groupItems, CoOccurrenceScoring[] scorings, int maxNeighbors, int threads, bool sorted, bool[]? asked, Func<(int[] Neighbors, float[] Scores)[][], T> done)
    {
        var itemGroups = groupItems.Transpose();
        var items = groupItems.Columns;
        var chunks = new T[(items + ItemsPerChunk - 1) / ItemsPerChunk];
        Parallel.For(
            0,
            chunks.Length,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => new Scratch(items),
            (chunk, _, scratch) =>
            {
                var first = chunk * ItemsPerChunk;
                var lists = scorings.Select(_ => new (int[] Neighbors, float[] Scores)[Math.Min(items, first + ItemsPerChunk) - first]).ToArray();
                for (var index = 0; index < lists[0].Length; index++)
                {
                    var item = first + index;
                    if (asked is null || asked[item])
                    {
                        Neighbors(item, groupItems, itemGroups, scorings, maxNeighbors, sorted, scratch, lists, index);
                    }
                    else
                    {
                        Array.ForEach(lists, list => list[index] = ([], []));
                    }
                }

                chunks[chunk] = done(lists);
                return scratch;
            },
            _ => { });
        return chunks;
    }

    /// <summary>
    /// Each list's best <paramref name="maxNeighbors"/> (lists from <see cref="Build"/> with at least as many kept, sorted
    /// or not), best first: the lists a build keeping <paramref name="maxNeighbors"/> gives. On the calling thread.
    /// </summary>
    public static (int[] Neighbors, float[] Scores)[] BestOfEach((int[] Neighbors, float[] Scores)[] lists, int maxNeighbors) =>
        Array.ConvertAll(lists, list => BestOf(list.Neighbors, list.Scores, maxNeighbors));

    // One list's best maxNeighbors, best first: a sorted list's first, copied without sorting again.
    private static (int[] Neighbors, float[] Scores) BestOf(ReadOnlySpan<int> neighbors, ReadOnlySpan<float> scores, int maxNeighbors) =>
        BestFirst(scores)
            ? (neighbors[..Math.Min(maxNeighbors, neighbors.Length)].ToArray(), scores[..Math.Min(maxNeighbors, scores.Length)].ToArray())
            : Keep(neighbors, scores, maxNeighbors, sorted: true);

    // Item's list by each scoring, written to lists[scoring][index].
    private static void Neighbors(
        int item, CsrMatrix groupItems, CsrMatrix itemGroups, CoOccurrenceScoring[] scorings, int maxNeighbors, bool sorted, Scratch scratch, (int[] Neighbors, float[] Scores)[][] lists, int index)
    {
        var (counts, touched, kept, scores) = (scratch.Counts, scratch.Items, scratch.Kept, scratch.Scores);
        var met = 0;
        foreach (var group in itemGroups.RowIndices(item))
        {
            foreach (var other in groupItems.RowIndices(group))
            {
                if (other != item)
                {
                    if (counts[other] == 0)
                    {
                        touched[met++] = other;
                    }

                    counts[other]++;
                }
            }
        }

        // Each scoring keeps the supported of the met, in the order met.
        float own = itemGroups.RowLength(item);
        for (var which = 0; which < scorings.Length; which++)
        {
            var scoring = scorings[which];
            var supported = 0;
            foreach (var other in touched.AsSpan(0, met))
            {
                var shared = counts[other];
                if (shared >= scoring.MinSupport)
                {
                    kept[supported] = other;
                    scores[supported++] = scoring.Score(shared, own, itemGroups.RowLength(other));
                }
            }

            lists[which][index] = Keep(kept.AsSpan(0, supported), scores.AsSpan(0, supported), maxNeighbors, sorted);
        }

        foreach (var other in touched.AsSpan(0, met))
        {
            counts[other] = 0;
        }
    }

    // The best maxNeighbors of the candidates (ties to the one met first), best first; all of them as met when not sorted.
    private static (int[] Neighbors, float[] Scores) Keep(ReadOnlySpan<int> candidates, ReadOnlySpan<float> scores, int maxNeighbors, bool sorted)
    {
        if (!sorted && maxNeighbors >= candidates.Length)
        {
            return (candidates.ToArray(), scores.ToArray());
        }

        var best = new int[Math.Min(maxNeighbors, candidates.Length)];
        var found = best.Length == candidates.Length || SortIsCheaper(candidates.Length, best.Length) ? SortAll(scores, best) : TopK.Select(scores, best);
        var neighbors = new int[found];
        var kept = new float[found];
        for (var rank = 0; rank < found; rank++)
        {
            neighbors[rank] = candidates[best[rank]];
            kept[rank] = scores[best[rank]];
        }

        return (neighbors, kept);
    }

    /// <summary>
    /// The order <see cref="TopK.Select"/> gives (best first, ties to the lower index), its first
    /// <c>order.Length</c> written: 64-bit keys, the best of them selected (linear on average) and only those sorted,
    /// instead of a heap as large as the list, which made item-kNN's all-neighbour lists take minutes on a large catalog.
    /// </summary>
    private static int SortAll(ReadOnlySpan<float> scores, int[] order)
    {
        var keys = ArrayPool<long>.Shared.Rent(scores.Length);
        try
        {
            var all = keys.AsSpan(0, scores.Length);
            for (var index = 0; index < all.Length; index++)
            {
                all[index] = Key(scores[index], index);
            }

            if (order.Length < all.Length)
            {
                Select(all, order.Length - 1);
            }

            var best = all[..order.Length];
            best.Sort();
            for (var rank = 0; rank < order.Length; rank++)
            {
                order[rank] = (int)(best[rank] & uint.MaxValue);
            }

            return order.Length;
        }
        finally
        {
            ArrayPool<long>.Shared.Return(keys);
        }
    }

    // Reorders distinct keys so that the rank-th smallest (from 0) is at rank, the smaller ones before it (Hoare's selection).
    private static void Select(Span<long> keys, int rank)
    {
        var (left, right) = (0, keys.Length - 1);
        while (left < right)
        {
            var pivot = MedianOfThree(keys[left], keys[left + ((right - left) / 2)], keys[right]);
            var (low, high) = (left, right);
            while (low <= high)
            {
                while (keys[low] < pivot)
                {
                    low++;
                }

                while (keys[high] > pivot)
                {
                    high--;
                }

                if (low <= high)
                {
                    (keys[low], keys[high]) = (keys[high], keys[low]);
                    low++;
                    high--;
                }
            }

            // Now keys[left..high] ≤ pivot ≤ keys[low..right], and whatever lies between equals the pivot.
            if (rank <= high)
            {
                right = high;
            }
            else if (rank >= low)
            {
                left = low;
            }
            else
            {
                return;
            }
        }
    }

    private static long MedianOfThree(long a, long b, long c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));

    // Scores here are positive, so their bit patterns sort like the values; the index breaks ties: the smallest key is the best.
    private static long Key(float score, int index) => ((long)(int.MaxValue - BitConverter.SingleToInt32Bits(score)) << 32) | (uint)index;

    // TopK's heap ends in an insertion sort of the k kept (k² / 4 comparisons); selecting the k best keys and sorting
    // them costs about 2n + k log k and gives the same order: cheaper when many are kept (item-kNN keeps 200-320 of
    // ~1,000 on a 50k catalog), dearer for a short list of many (also-bought's 50 of thousands).
    private static bool SortIsCheaper(int candidates, int kept) => (double)kept * kept / 4 > (2.0 * candidates) + (kept * Math.Log2(Math.Max(2, kept)));

    // A list whose scores never rise is in the order Keep gives (ties to the one met first), so its best are its first.
    private static bool BestFirst(ReadOnlySpan<float> scores)
    {
        for (var index = 1; index < scores.Length; index++)
        {
            if (scores[index] > scores[index - 1])
            {
                return false;
            }
        }

        return true;
    }

    // One worker's buffers, as long as the catalog, reused for every item it builds: counts are left at zero after each.
    private sealed class Scratch(int items)
    {
        public float[] Counts { get; } = new float[items];

        public int[] Items { get; } = new int[items];

        public int[] Kept { get; } = new int[items];

        public float[] Scores { get; } = new float[items];
    }
}

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
    private const int ItemsPerChunk = 64;

    /// <param name="groupItems">Group × item matrix; only the pattern is used.</param>
    /// <param name="measure">Similarity of a pair.</param>
    /// <param name="maxNeighbors">Neighbours kept per item.</param>
    /// <param name="threads">Worker threads.</param>
    /// <param name="minSupport">Fewest shared groups a pair needs (<see cref="CoOccurrenceMeasure.Shrunk"/> only).</param>
    /// <param name="shrinkage">Groups added to n(i) (<see cref="CoOccurrenceMeasure.Shrunk"/> only).</param>
    /// <param name="sorted">False: an item whose every neighbour is kept keeps them in the order they were met, unsorted (a sum over them does not need the order; <see cref="Best"/> orders them later).</param>
    /// <param name="asked">The items whose lists are wanted (null: every item); the others get none. An asked item's list is the one a build of every item gives.</param>
    public static ItemNeighbors Build(CsrMatrix groupItems, CoOccurrenceMeasure measure, int maxNeighbors, int threads, int minSupport = 1, double shrinkage = 0, bool sorted = true, bool[]? asked = null) =>
        ItemNeighbors.Pack([.. ByChunk(groupItems, measure, maxNeighbors, threads, minSupport, shrinkage, sorted, asked, lists => lists).SelectMany(lists => lists)]);

    /// <summary>
    /// The lists <see cref="Build"/> gives, each chunk of items packed as soon as its lists are found and never copied
    /// into one block: <see cref="Build"/>'s lists are all alive beside their copy while it packs them, too much for
    /// item-kNN's thousands per item.
    /// </summary>
    public static NeighborBlocks BuildBlocks(CsrMatrix groupItems, CoOccurrenceMeasure measure, int maxNeighbors, int threads, bool sorted = true, bool[]? asked = null) =>
        new(ByChunk(groupItems, measure, maxNeighbors, threads, minSupport: 1, shrinkage: 0, sorted, asked, ItemNeighbors.Pack), ItemsPerChunk, groupItems.Columns);

    // Each chunk of ItemsPerChunk items' lists, handed to done as soon as they are found (on the worker that found them).
    private static T[] ByChunk<T>(CsrMatrix groupItems, CoOccurrenceMeasure measure, int maxNeighbors, int threads, int minSupport, double shrinkage, bool sorted, bool[]? asked, Func<(int[] Neighbors, float[] Scores)[], T> done)
    {
        var scoring = new PairScoring(measure, measure == CoOccurrenceMeasure.Shrunk ? minSupport : 1, measure == CoOccurrenceMeasure.Shrunk ? (float)shrinkage : 0);
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
                var lists = new (int[] Neighbors, float[] Scores)[Math.Min(items, first + ItemsPerChunk) - first];
                for (var index = 0; index < lists.Length; index++)
                {
                    var item = first + index;
                    lists[index] = asked is null || asked[item] ? Neighbors(item, groupItems, itemGroups, scoring, maxNeighbors, sorted, scratch) : ([], []);
                }

                chunks[chunk] = done(lists);
                return scratch;
            },
            _ => { });
        return chunks;
    }

    /// <summary>
    /// Each item's best <paramref name="maxNeighbors"/> of <paramref name="all"/> (lists from <see cref="Build"/> with
    /// at least as many kept, sorted or not), best first: the lists a build keeping <paramref name="maxNeighbors"/> gives.
    /// A sorted list's are its first, copied without sorting again. Items are done on <paramref name="threads"/> threads.
    /// </summary>
    public static ItemNeighbors Best(INeighborLists all, int maxNeighbors, int threads = 1)
    {
        var lists = new (int[] Neighbors, float[] Scores)[all.ItemCount];
        Parallel.For(0, (lists.Length + ItemsPerChunk - 1) / ItemsPerChunk, new ParallelOptions { MaxDegreeOfParallelism = threads }, chunk =>
        {
            for (var item = chunk * ItemsPerChunk; item < Math.Min(lists.Length, (chunk + 1) * ItemsPerChunk); item++)
            {
                var neighbors = all.Of(item);
                var scores = all.ScoresOf(item);
                lists[item] = BestFirst(scores)
                    ? (neighbors[..Math.Min(maxNeighbors, neighbors.Length)].ToArray(), scores[..Math.Min(maxNeighbors, scores.Length)].ToArray())
                    : Keep(neighbors, scores, maxNeighbors, sorted: true);
            }
        });

        return ItemNeighbors.Pack(lists);
    }

    private static (int[] Neighbors, float[] Scores) Neighbors(
        int item, CsrMatrix groupItems, CsrMatrix itemGroups, PairScoring scoring, int maxNeighbors, bool sorted, Scratch scratch)
    {
        var (counts, touched, scores) = (scratch.Counts, scratch.Items, scratch.Scores);
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

        // The supported are written over the met, in the order met (never ahead of the one being read).
        float own = itemGroups.RowLength(item);
        var supported = 0;
        for (var index = 0; index < met; index++)
        {
            var other = touched[index];
            var shared = counts[other];
            counts[other] = 0;
            if (shared >= scoring.MinSupport)
            {
                touched[supported] = other;
                scores[supported++] = scoring.Score(shared, own, itemGroups.RowLength(other));
            }
        }

        return Keep(touched.AsSpan(0, supported), scores.AsSpan(0, supported), maxNeighbors, sorted);
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

        public float[] Scores { get; } = new float[items];
    }

    private readonly record struct PairScoring(CoOccurrenceMeasure Measure, int MinSupport, float Shrinkage)
    {
        public float Score(float shared, float own, float theirs) => Measure switch
        {
            CoOccurrenceMeasure.Jaccard => shared / (own + theirs - shared),
            CoOccurrenceMeasure.Shrunk => shared / (own + Shrinkage),
            _ => shared / own,
        };
    }
}

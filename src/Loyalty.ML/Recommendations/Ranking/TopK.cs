using System.Runtime.Intrinsics;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// Partial selection of the k best scores with a size-k min-heap: O(n log k), no sort of all n items.
/// Ties go to the lower index so answers are stable.
/// </summary>
internal static class TopK
{
    /// <summary>
    /// Writes the indexes of the best scores, best first, into <paramref name="best"/> (its length is k) and returns
    /// how many were found. Scores of −∞ or NaN are never selected; <paramref name="accept"/> (when given) is asked
    /// only about items good enough to enter the heap.
    /// </summary>
    public static int Select(ReadOnlySpan<float> scores, Span<int> best, Func<int, bool>? accept = null)
    {
        var k = best.Length;
        if (k == 0)
        {
            return 0;
        }

        var count = 0;
        var width = Vector256<float>.Count;
        for (var item = 0; item < scores.Length; item++)
        {
            // Once the heap is full only a score above its worst can enter (ties lose: every item in it has a lower
            // index), so a block with none above it is skipped whole; an exact shortcut, not an approximation.
            if (count == k && item % width == 0 && item + width <= scores.Length
                && !Vector256.GreaterThanAny(Vector256.Create(scores.Slice(item, width)), Vector256.Create(scores[best[0]])))
            {
                item += width - 1;
                continue;
            }

            var score = scores[item];
            if (!(score > float.NegativeInfinity) || (count == k && !Better(score, item, scores[best[0]], best[0])))
            {
                continue;
            }

            if (accept is not null && !accept(item))
            {
                continue;
            }

            if (count < k)
            {
                best[count] = item;
                SiftUp(scores, best, count++);
            }
            else
            {
                best[0] = item;
                SiftDown(scores, best, count);
            }
        }

        SortDescending(scores, best[..count]);
        return count;
    }

    private static bool Better(float score, int item, float otherScore, int other) =>
        score > otherScore || (score == otherScore && item < other);

    private static void SiftUp(ReadOnlySpan<float> scores, Span<int> heap, int index)
    {
        while (index > 0)
        {
            var parent = (index - 1) / 2;
            if (!Better(scores[heap[parent]], heap[parent], scores[heap[index]], heap[index]))
            {
                return;
            }

            (heap[parent], heap[index]) = (heap[index], heap[parent]);
            index = parent;
        }
    }

    private static void SiftDown(ReadOnlySpan<float> scores, Span<int> heap, int count)
    {
        var index = 0;
        while (true)
        {
            var worst = index;
            foreach (var child in (ReadOnlySpan<int>)[(2 * index) + 1, (2 * index) + 2])
            {
                if (child < count && Better(scores[heap[worst]], heap[worst], scores[heap[child]], heap[child]))
                {
                    worst = child;
                }
            }

            if (worst == index)
            {
                return;
            }

            (heap[worst], heap[index]) = (heap[index], heap[worst]);
            index = worst;
        }
    }

    private static void SortDescending(ReadOnlySpan<float> scores, Span<int> items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && Better(scores[item], item, scores[items[j]], items[j]))
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }
}

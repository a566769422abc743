using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// Partial selection of the k best scores with a size-k min-heap: O(n log k), no sort of all n items.
/// Ties go to the lower index so answers are stable.
/// </summary>
internal static class TopK
{
    // Vectors of scores compared per step of NextAbove.
    private const int Step = 4;

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

        // Once the heap is full only a score above its worst can enter (ties lose: every item in it has a lower index),
        // so the scan jumps to the next such score; an exact shortcut, not an approximation.
        for (var item = 0; item < scores.Length; item = count == k ? NextAbove(scores, item + 1, scores[best[0]]) : item + 1)
        {
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

    /// <summary>
    /// The first index at or after <paramref name="from"/> whose score is above <paramref name="limit"/> (NaN never
    /// is), or the length when none is: four vectors compared per step, one score at a time only within the step that
    /// holds one.
    /// </summary>
    internal static int NextAbove(ReadOnlySpan<float> scores, int from, float limit)
    {
        var at = from;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref MemoryMarshal.GetReference(scores);
            var (bound, width) = (Vector256.Create(limit), Vector256<float>.Count);
            for (; at + (Step * width) <= scores.Length; at += Step * width)
            {
                var position = (nuint)at;
                var above = Vector256.GreaterThan(Vector256.LoadUnsafe(ref first, position), bound)
                    | Vector256.GreaterThan(Vector256.LoadUnsafe(ref first, position + (nuint)width), bound)
                    | Vector256.GreaterThan(Vector256.LoadUnsafe(ref first, position + (nuint)(2 * width)), bound)
                    | Vector256.GreaterThan(Vector256.LoadUnsafe(ref first, position + (nuint)(3 * width)), bound);
                if (above != Vector256<float>.Zero)
                {
                    break;
                }
            }
        }

        while (at < scores.Length && !(scores[at] > limit))
        {
            at++;
        }

        return at;
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

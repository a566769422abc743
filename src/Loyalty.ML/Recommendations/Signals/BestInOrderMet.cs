namespace Loyalty.ML.Recommendations.Signals;

/// <summary>
/// The best k of a list's candidates left in the order they were met: the set the sorted cut keeps (best first, ties
/// to the one met first), found by one selection instead of a sort of every candidate. A list only summed (the
/// item-kNN baseline's) needs the set, not its order; <see cref="CoOccurrence.Best"/> orders what it takes from it.
/// </summary>
internal static class BestInOrderMet
{
    /// <summary>The positions of the best <paramref name="kept"/> of <paramref name="scores"/> (all positive), ascending.</summary>
    public static int[] Positions(ReadOnlySpan<float> scores, int kept)
    {
        if (kept <= 0)
        {
            return [];
        }

        var keys = new long[scores.Length];
        for (var index = 0; index < scores.Length; index++)
        {
            keys[index] = Key(scores[index], index);
        }

        var last = Select(keys, kept - 1);
        var positions = new int[kept];
        for (int index = 0, found = 0; index < scores.Length; index++)
        {
            if (Key(scores[index], index) <= last)
            {
                positions[found++] = index;
            }
        }

        return positions;
    }

    // Positive scores' bit patterns order like their values; the smaller key is the better candidate, the index
    // breaking ties, so keys are distinct (the keys CoOccurrence's full sort orders by).
    private static long Key(float score, int index) => ((long)(int.MaxValue - BitConverter.SingleToInt32Bits(score)) << 32) | (uint)index;

    // The key of rank `rank` (0: smallest) by quickselect; reorders keys.
    private static long Select(long[] keys, int rank)
    {
        int low = 0, high = keys.Length - 1;
        while (low < high)
        {
            var pivot = keys[low + ((high - low) / 2)];
            int left = low, right = high;
            while (left <= right)
            {
                while (keys[left] < pivot)
                {
                    left++;
                }

                while (keys[right] > pivot)
                {
                    right--;
                }

                if (left <= right)
                {
                    (keys[left], keys[right]) = (keys[right], keys[left]);
                    left++;
                    right--;
                }
            }

            if (rank <= right)
            {
                high = right;
            }
            else if (rank >= left)
            {
                low = left;
            }
            else
            {
                return keys[rank];
            }
        }

        return keys[rank];
    }
}

namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// A ranking that is the same for every customer (popularity), sorted once: each customer's top K is then the first
/// K items of the order they may get, the list a top-K selection over the scores gives (best first, ties to the
/// lower index, −∞ and NaN never).
/// </summary>
internal static class SharedRanking
{
    public static int[] Order(ReadOnlySpan<float> scores)
    {
        var order = new List<int>(scores.Length);
        for (var item = 0; item < scores.Length; item++)
        {
            if (scores[item] > float.NegativeInfinity)
            {
                order.Add(item);
            }
        }

        var items = order.ToArray();
        var keys = new float[items.Length];
        for (var index = 0; index < items.Length; index++)
        {
            keys[index] = scores[items[index]];
        }

        Array.Sort(keys, items, Comparer<float>.Create((a, b) => b.CompareTo(a)));
        return StableTies(keys, items);
    }

    public static int Take(int[] order, Span<int> best, Func<int, bool> accept)
    {
        var found = 0;
        for (var rank = 0; rank < order.Length && found < best.Length; rank++)
        {
            if (accept(order[rank]))
            {
                best[found++] = order[rank];
            }
        }

        return found;
    }

    // Array.Sort is not stable: within each run of equal scores, items go back to ascending index order.
    private static int[] StableTies(float[] keys, int[] items)
    {
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            Array.Sort(items, start, end - start);
            start = end;
        }

        return items;
    }
}

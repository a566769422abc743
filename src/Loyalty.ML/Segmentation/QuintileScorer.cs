namespace Loyalty.ML.Segmentation;

/// <summary>
/// Scores values 1–5 by quintile. A value's score is 1 + ⌊5 · b / n⌋ where b is the number of values
/// strictly worse than it and n the number of values: with distinct values the worst fifth gets 1 and the
/// best fifth 5; equal values always share a score (the score of the first of them in rank order, as
/// a "minimum rank" does), so a heavy tie, such as many customers with one order, takes one low score
/// and the score band above it may stay empty.
/// </summary>
internal static class QuintileScorer
{
    public const int Bands = 5;

    /// <summary>Scores <paramref name="values"/>; when <paramref name="higherIsBetter"/> is false smaller values score higher.</summary>
    public static int[] Score(ReadOnlySpan<double> values, bool higherIsBetter)
    {
        var sorted = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            sorted[i] = higherIsBetter ? values[i] : -values[i];
        }

        Array.Sort(sorted);
        var scores = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            scores[i] = ScoreAgainst(sorted, higherIsBetter ? values[i] : -values[i]);
        }

        return scores;
    }

    /// <summary>
    /// The score of <paramref name="value"/> against <paramref name="sorted"/> values of a population, both oriented so
    /// higher is better: a value outside the population is scored as if it were one more member.
    /// </summary>
    public static int ScoreAgainst(double[] sorted, double value) =>
        Math.Min(Bands, 1 + (int)((long)Bands * LowerBound(sorted, value) / sorted.Length));

    private static int LowerBound(double[] sorted, double value)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}

namespace Loyalty.ML.Core.Statistics;

/// <summary>
/// Percentile bootstrap: recomputes metrics on test rows resampled with replacement, so a reader can tell a
/// real difference between runs or against a threshold from the noise of a few thousand test customers.
/// </summary>
internal static class BootstrapInterval
{
    /// <summary>Resamples for a test set of <paramref name="rows"/> rows: 500 for a stable 95% interval, 200 on very large sets, whose intervals are narrow anyway and whose every resample costs a sort.</summary>
    public static int ResamplesFor(int rows) => rows <= 100_000 ? 500 : 200;

    /// <summary>
    /// The 2.5th and 97.5th percentiles of each metric <paramref name="metrics"/> returns, over
    /// <paramref name="resamples"/> resamples of <paramref name="rows"/> rows (the metrics read the rows through
    /// the index array they are given, valid only during the call). Resamples run in parallel, each from its own seed, so the result does not
    /// depend on the thread count. Resamples where a metric is not a number (an AUC of a resample with one class)
    /// are left out of that metric; when more than half are, its interval is null rather than a guess.
    /// </summary>
    public static (double Low, double High)?[] Of(int rows, Func<int[], double[]> metrics, int seed, int resamples) =>
        Measure(rows, seed, resamples, (random, indices) =>
        {
            for (var i = 0; i < rows; i++)
            {
                indices[i] = random.Next(rows);
            }

            return metrics(indices);
        });

    /// <summary>
    /// As <see cref="Of"/>, on the same resamples, but the metrics read how many times each row was drawn (an array of
    /// <paramref name="rows"/> counts, valid only during the call) instead of the drawn rows.
    /// </summary>
    public static (double Low, double High)?[] OfCounts(int rows, Func<int[], double[]> metrics, int seed, int resamples) =>
        Measure(rows, seed, resamples, (random, counts) =>
        {
            Array.Clear(counts);
            for (var i = 0; i < rows; i++)
            {
                counts[random.Next(rows)]++;
            }

            return metrics(counts);
        });

    private static (double Low, double High)?[] Measure(int rows, int seed, int resamples, Func<Random, int[], double[]> measure)
    {
        // One array of rows per worker, not per resample: at a million rows each would be 4 MB on the large-object heap,
        // freed only by a full collection, and a few hundred of them raised churn's peak at 20M lines by ≈ 700 MB.
        var measured = new double[resamples][];
        Parallel.For(0, resamples, () => new int[rows], (resample, _, buffer) =>
        {
            measured[resample] = measure(new Random(DerivedSeed.Of(seed, resample)), buffer);
            return buffer;
        }, _ => { });

        var count = measured.Length == 0 ? 0 : measured[0].Length;
        var intervals = new (double Low, double High)?[count];
        for (var metric = 0; metric < count; metric++)
        {
            var values = measured.Select(row => row[metric]).Where(double.IsFinite).ToList();
            intervals[metric] = values.Count * 2 < resamples ? null : Interval(values);
        }

        return intervals;
    }

    /// <summary>The values of <paramref name="source"/> at <paramref name="indices"/>.</summary>
    public static T[] Pick<T>(T[] source, int[] indices)
    {
        var picked = new T[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            picked[i] = source[indices[i]];
        }

        return picked;
    }

    private static (double, double) Interval(List<double> values)
    {
        values.Sort();
        return (Percentile(values, 0.025), Percentile(values, 0.975));
    }

    private static double Percentile(List<double> sorted, double quantile)
    {
        var position = quantile * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}

namespace Loyalty.ML.Evaluation;

/// <summary>
/// Percentile bootstrap: recomputes metrics on test rows resampled with replacement, so a reader can tell a
/// real difference between runs or against a threshold from the noise of a few thousand test customers.
/// </summary>
internal static class BootstrapInterval
{
    /// <summary>Resamples in every interval: enough for a stable 95% interval.</summary>
    public const int DefaultResamples = 500;

    /// <summary>
    /// The 2.5th and 97.5th percentiles of each metric <paramref name="metrics"/> returns, over
    /// <paramref name="resamples"/> resamples of <paramref name="rows"/> rows (the metrics read the rows through
    /// the index array they are given). Resamples where a metric is not a number (an AUC of a resample with one
    /// class) are left out of that metric; when more than half are, its interval is null rather than a guess.
    /// </summary>
    public static (double Low, double High)?[] Of(int rows, Func<int[], double[]> metrics, int seed, int resamples = DefaultResamples)
    {
        var random = new Random(seed);
        var indices = new int[rows];
        List<double>[]? values = null;
        for (var resample = 0; resample < resamples; resample++)
        {
            for (var i = 0; i < rows; i++)
            {
                indices[i] = random.Next(rows);
            }

            var measured = metrics(indices);
            values ??= [.. measured.Select(_ => new List<double>(resamples))];
            for (var metric = 0; metric < measured.Length; metric++)
            {
                if (double.IsFinite(measured[metric]))
                {
                    values[metric].Add(measured[metric]);
                }
            }
        }

        return values is null ? [] : [.. values.Select(list => list.Count * 2 < resamples ? ((double, double)?)null : Interval(list))];
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

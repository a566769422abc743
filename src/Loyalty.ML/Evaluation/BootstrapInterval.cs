namespace Loyalty.ML.Evaluation;

/// <summary>
/// Percentile bootstrap: recomputes a metric on test rows resampled with replacement, so a reader can tell a
/// real difference between runs or against a threshold from the noise of a few thousand test customers.
/// </summary>
internal static class BootstrapInterval
{
    /// <summary>Resamples in every interval: enough for a stable 95% interval, cheap next to training.</summary>
    public const int DefaultResamples = 500;

    /// <summary>
    /// The 2.5th and 97.5th percentiles of <paramref name="metric"/> over <paramref name="resamples"/> resamples
    /// of <paramref name="rows"/> rows; the metric reads the rows through the index array it is given.
    /// </summary>
    public static (double Low, double High) Of(int rows, Func<int[], double> metric, int seed, int resamples = DefaultResamples)
    {
        var random = new Random(seed);
        var values = new double[resamples];
        var indices = new int[rows];
        for (var resample = 0; resample < resamples; resample++)
        {
            for (var i = 0; i < rows; i++)
            {
                indices[i] = random.Next(rows);
            }

            values[resample] = metric(indices);
        }

        Array.Sort(values);
        return (Percentile(values, 0.025), Percentile(values, 0.975));
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

    private static double Percentile(double[] sorted, double quantile)
    {
        var position = quantile * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}

namespace Loyalty.ML.Core.Statistics;

/// <summary>
/// Metrics of scores against binary outcomes (true = positive, e.g. churned); a higher score means more
/// likely positive. Ties are handled exactly: tied scores share their rank, precision and lift.
/// </summary>
internal static class BinaryScoreMetrics
{
    /// <summary>Area under the ROC curve (Mann–Whitney, mid-ranks for ties); NaN without both classes.</summary>
    public static double Auc(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        var order = Descending(scores);
        var positives = Count(labels);
        var negatives = labels.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        // Counts, for each positive, the negatives scored strictly lower plus half of those tied with it.
        var wins = 0.0;
        var negativesBelow = (double)negatives;
        for (var start = 0; start < order.Length;)
        {
            var end = TieEnd(order, scores, start);
            var (tiedPositives, tiedNegatives) = Split(order, labels, start, end);
            negativesBelow -= tiedNegatives;
            wins += tiedPositives * (negativesBelow + 0.5 * tiedNegatives);
            start = end;
        }

        return wins / ((double)positives * negatives);
    }

    /// <summary>Area under the precision–recall curve as average precision (tied scores enter together).</summary>
    public static double PrAuc(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        var order = Descending(scores);
        var positives = Count(labels);
        if (positives == 0)
        {
            return double.NaN;
        }

        var area = 0.0;
        var truePositives = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = TieEnd(order, scores, start);
            var (tiedPositives, _) = Split(order, labels, start, end);
            truePositives += tiedPositives;
            area += (double)tiedPositives / positives * truePositives / end;
            start = end;
        }

        return area;
    }

    /// <summary>Mean squared difference between probability and outcome.</summary>
    public static double Brier(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> labels)
    {
        var sum = 0.0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var error = probabilities[i] - (labels[i] ? 1 : 0);
            sum += error * error;
        }

        return sum / probabilities.Length;
    }

    /// <summary>Positive rate among the top <paramref name="fraction"/> by score over the overall rate (ties at the edge count pro rata).</summary>
    public static double Lift(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, double fraction)
    {
        var order = Descending(scores);
        var take = fraction * order.Length;
        var positivesTaken = 0.0;
        for (var start = 0; start < order.Length && start < take;)
        {
            var end = TieEnd(order, scores, start);
            var (tiedPositives, _) = Split(order, labels, start, end);
            var share = Math.Min(1.0, (take - start) / (end - start));
            positivesTaken += share * tiedPositives;
            start = end;
        }

        var overall = (double)Count(labels) / labels.Length;
        return positivesTaken / take / overall;
    }

    /// <summary>Calibration table: rows sorted by probability cut into <paramref name="bins"/> equal-count bins.</summary>
    public static IReadOnlyList<CalibrationBin> Calibration(ReadOnlySpan<double> probabilities, ReadOnlySpan<bool> labels, int bins = 10)
    {
        var order = Descending(probabilities);
        Array.Reverse(order);
        var table = new List<CalibrationBin>(bins);
        for (var bin = 0; bin < bins; bin++)
        {
            var start = (int)((long)order.Length * bin / bins);
            var end = (int)((long)order.Length * (bin + 1) / bins);
            if (end == start)
            {
                continue;
            }

            var predicted = 0.0;
            var observed = 0;
            for (var i = start; i < end; i++)
            {
                predicted += probabilities[order[i]];
                observed += labels[order[i]] ? 1 : 0;
            }

            table.Add(new CalibrationBin(bin + 1, end - start, predicted / (end - start), (double)observed / (end - start)));
        }

        return table;
    }

    internal static int[] Descending(ReadOnlySpan<double> scores)
    {
        var order = new int[scores.Length];
        var keys = new double[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            keys[i] = -scores[i];
        }

        Array.Sort(keys, order);
        return order;
    }

    internal static int TieEnd(int[] order, ReadOnlySpan<double> scores, int start)
    {
        var end = start + 1;
        while (end < order.Length && scores[order[end]] == scores[order[start]])
        {
            end++;
        }

        return end;
    }

    private static (int Positives, int Negatives) Split(int[] order, ReadOnlySpan<bool> labels, int start, int end)
    {
        var positives = 0;
        for (var i = start; i < end; i++)
        {
            positives += labels[order[i]] ? 1 : 0;
        }

        return (positives, end - start - positives);
    }

    private static int Count(ReadOnlySpan<bool> labels)
    {
        var count = 0;
        foreach (var label in labels)
        {
            count += label ? 1 : 0;
        }

        return count;
    }
}

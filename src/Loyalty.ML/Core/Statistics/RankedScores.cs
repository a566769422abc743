namespace Loyalty.ML.Core.Statistics;

/// <summary>
/// Scores sorted once (descending) with their tie groups, so that a bootstrap resample's AUC and lift cost one pass
/// over the rows' multiplicities instead of a sort of the resample. The figures are those of
/// <see cref="BinaryScoreMetrics"/> on the resampled rows to the bit: a resample's tie groups are the original groups
/// weighted by how often each row was drawn, and every sum runs over whole counts in the same order.
/// </summary>
internal sealed class RankedScores
{
    private readonly int[] _order;
    private readonly int[] _groupEnds;

    /// <summary>Ranks <paramref name="scores"/> (a higher score means more likely positive).</summary>
    public RankedScores(ReadOnlySpan<double> scores)
    {
        _order = BinaryScoreMetrics.Descending(scores);
        var ends = new List<int>();
        for (var start = 0; start < _order.Length;)
        {
            start = BinaryScoreMetrics.TieEnd(_order, scores, start);
            ends.Add(start);
        }

        _groupEnds = [.. ends];
    }

    /// <summary><see cref="BinaryScoreMetrics.Auc"/> of the rows drawn <paramref name="counts"/> times each.</summary>
    public double Auc(int[] counts, bool[] labels)
    {
        var (positives, total) = Totals(counts, labels);
        var negatives = total - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        var wins = 0.0;
        var negativesBelow = (double)negatives;
        var start = 0;
        foreach (var end in _groupEnds)
        {
            var (tiedPositives, tiedNegatives) = Split(counts, labels, start, end);
            start = end;
            if (tiedPositives + tiedNegatives == 0)
            {
                continue;
            }

            negativesBelow -= tiedNegatives;
            wins += tiedPositives * (negativesBelow + 0.5 * tiedNegatives);
        }

        return wins / ((double)positives * negatives);
    }

    /// <summary><see cref="BinaryScoreMetrics.Lift"/> of the rows drawn <paramref name="counts"/> times each.</summary>
    public double Lift(int[] counts, bool[] labels, double fraction)
    {
        var (positives, total) = Totals(counts, labels);
        var take = fraction * total;
        var positivesTaken = 0.0;
        var taken = 0;
        var start = 0;
        foreach (var end in _groupEnds)
        {
            if (taken >= take)
            {
                break;
            }

            var (tiedPositives, tiedNegatives) = Split(counts, labels, start, end);
            start = end;
            var tied = tiedPositives + tiedNegatives;
            if (tied == 0)
            {
                continue;
            }

            var share = Math.Min(1.0, (take - taken) / tied);
            positivesTaken += share * tiedPositives;
            taken += tied;
        }

        var overall = (double)positives / total;
        return positivesTaken / take / overall;
    }

    private static (int Positives, int Total) Totals(int[] counts, bool[] labels)
    {
        var (positives, total) = (0, 0);
        for (var row = 0; row < counts.Length; row++)
        {
            total += counts[row];
            positives += labels[row] ? counts[row] : 0;
        }

        return (positives, total);
    }

    private (int Positives, int Negatives) Split(int[] counts, bool[] labels, int start, int end)
    {
        var (positives, negatives) = (0, 0);
        for (var i = start; i < end; i++)
        {
            var row = _order[i];
            positives += labels[row] ? counts[row] : 0;
            negatives += labels[row] ? 0 : counts[row];
        }

        return (positives, negatives);
    }
}

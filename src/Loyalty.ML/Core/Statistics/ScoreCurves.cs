namespace Loyalty.ML.Core.Statistics;

/// <summary>The ROC and cumulative gain curves of a score against binary labels, thinned to a few hundred points for drawing.</summary>
internal static class ScoreCurves
{
    private const int MaxPoints = 200;

    /// <summary>(false-positive rate, true-positive rate) at every distinct threshold, highest score first; tied scores move together.</summary>
    public static IReadOnlyList<CurvePoint> Roc(double[] scores, bool[] labels)
    {
        var order = Descending(scores);
        var positives = labels.Count(label => label);
        var negatives = labels.Length - positives;
        var points = new List<CurvePoint> { new(0, 0) };
        var (truePositives, falsePositives) = (0, 0);
        for (var k = 0; k < order.Length; k++)
        {
            if (labels[order[k]])
            {
                truePositives++;
            }
            else
            {
                falsePositives++;
            }

            if (k == order.Length - 1 || scores[order[k + 1]] != scores[order[k]])
            {
                points.Add(new(Share(falsePositives, negatives), Share(truePositives, positives)));
            }
        }

        return Thin(points);
    }

    /// <summary>(share of customers contacted, share of positives among them), contacting the highest scores first.</summary>
    public static IReadOnlyList<CurvePoint> Gain(double[] scores, bool[] labels)
    {
        var order = Descending(scores);
        var positives = labels.Count(label => label);
        var points = new List<CurvePoint>(order.Length + 1) { new(0, 0) };
        var found = 0;
        for (var k = 0; k < order.Length; k++)
        {
            found += labels[order[k]] ? 1 : 0;
            points.Add(new(Share(k + 1, order.Length), Share(found, positives)));
        }

        return Thin(points);
    }

    private static int[] Descending(double[] scores)
    {
        var order = Enumerable.Range(0, scores.Length).ToArray();
        Array.Sort(order, (a, b) => scores[b].CompareTo(scores[a]));
        return order;
    }

    private static double Share(int count, int total) => total == 0 ? 0 : count / (double)total;

    private static IReadOnlyList<CurvePoint> Thin(List<CurvePoint> points)
    {
        if (points.Count <= MaxPoints)
        {
            return points;
        }

        var step = (points.Count - 1) / (double)(MaxPoints - 1);
        return [.. Enumerable.Range(0, MaxPoints).Select(k => points[(int)Math.Round(k * step)])];
    }
}

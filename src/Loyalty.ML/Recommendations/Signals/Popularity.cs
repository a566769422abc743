using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations.Signals;

/// <summary>
/// Item popularity of a fit's window: time-decayed (each purchase line adds exp(−ln2 · age / half-life), age counted
/// back from the window's origin), or all-time customer counts.
/// </summary>
internal static class Popularity
{
    public const double DefaultHalfLifeDays = 30;

    public static float[] TimeDecayed(PurchaseHistory history, TrainingWindow window, double halfLifeDays = DefaultHalfLifeDays)
    {
        var lines = history.Purchases;
        var scores = new double[history.Items.Count];
        for (var line = 0; line < lines.Count; line++)
        {
            if (lines.Item[line] >= 0 && window.Contains(lines, line))
            {
                scores[lines.Item[line]] += window.Weight(lines.Time[line], halfLifeDays);
            }
        }

        return Array.ConvertAll(scores, score => (float)score);
    }

    /// <summary>Number of customers who bought each item in the window: the popularity baseline's ranking.</summary>
    public static float[] CustomerCounts(PurchaseHistory history, TrainingWindow window) => CustomerCounts(InteractionMatrix.CustomerItems(history, window, 0));

    /// <summary>Number of customers per item of a customer × item matrix.</summary>
    public static float[] CustomerCounts(CsrMatrix bought)
    {
        var counts = new float[bought.Columns];
        foreach (var item in bought.Indices.AsSpan(0, bought.NonZeros))
        {
            counts[item]++;
        }

        return counts;
    }

    /// <summary>Item indexes by falling score (ties by index).</summary>
    public static int[] Order(float[] scores)
    {
        var order = Enumerable.Range(0, scores.Length).ToArray();
        Array.Sort(order, (a, b) => scores[b] != scores[a] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        return order;
    }
}

using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Signals;

/// <summary>Time-decayed popularity: each purchase line of a fit's window adds exp(−ln2 · age / half-life), age counted back from the window's origin.</summary>
internal static class Popularity
{
    public const double DefaultHalfLifeDays = 30;

    public static float[] TimeDecayed(PurchaseHistory history, TrainingWindow window, double halfLifeDays = DefaultHalfLifeDays)
    {
        var lines = history.Purchases;
        var scores = new double[history.Items.Count];
        for (var line = 0; line < lines.Count; line++)
        {
            if (lines.Item[line] >= 0 && window.Contains(lines.Time[line]))
            {
                scores[lines.Item[line]] += window.Weight(lines.Time[line], halfLifeDays);
            }
        }

        return Array.ConvertAll(scores, score => (float)score);
    }

    /// <summary>Item indexes by falling score (ties by index).</summary>
    public static int[] Order(float[] scores)
    {
        var order = Enumerable.Range(0, scores.Length).ToArray();
        Array.Sort(order, (a, b) => scores[b] != scores[a] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        return order;
    }
}

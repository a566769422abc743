using Loyalty.ML.Data;

namespace Loyalty.ML.Recommendations;

/// <summary>Time-decayed popularity: each purchase line adds exp(−ln2 · age / half-life), age counted back from the last purchase.</summary>
internal static class Popularity
{
    public const double DefaultHalfLifeDays = 30;

    public static float[] TimeDecayed(PurchaseHistory history, DateTime asOf, double halfLifeDays = DefaultHalfLifeDays)
    {
        var lines = history.Purchases;
        var scores = new double[history.Items.Count];
        var decay = Math.Log(2) / halfLifeDays;
        for (var line = 0; line < lines.Count; line++)
        {
            if (lines.Item[line] >= 0 && lines.Time[line] <= asOf)
            {
                scores[lines.Item[line]] += Math.Exp(-decay * (asOf - lines.Time[line]).TotalDays);
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

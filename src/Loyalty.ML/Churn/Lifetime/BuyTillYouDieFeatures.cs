using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Churn.Lifetime;

/// <summary>Fits BG/NBD on a snapshot's own summaries (history up to its cutoff), or takes a fitted model, and fills its BG/NBD feature columns.</summary>
internal static class BuyTillYouDieFeatures
{
    /// <summary>Fits BG/NBD on <paramref name="snapshot"/>, fills P(alive), expected purchases and P(no purchase) in the next <paramref name="horizonDays"/>, and returns the model.</summary>
    public static BgNbdModel FitAndFill(ChurnSnapshot snapshot, int horizonDays)
    {
        var model = BgNbdFitter.Fit(snapshot.Summaries);
        Fill(snapshot, model, horizonDays);
        return model;
    }

    /// <summary>Fills the BG/NBD columns of every row of <paramref name="snapshot"/> from an already fitted <paramref name="model"/>.</summary>
    public static void Fill(ChurnSnapshot snapshot, BgNbdModel model, int horizonDays)
    {
        var (distinct, index) = DistinctHistories(snapshot.Summaries);
        var alive = new float[distinct.Length];
        var expected = new float[distinct.Length];
        var silent = new float[distinct.Length];
        Parallel.For(0, distinct.Length, k =>
        {
            alive[k] = (float)model.ProbabilityAlive(distinct[k]);
            expected[k] = (float)model.ExpectedPurchases(distinct[k], horizonDays);
            silent[k] = (float)model.ProbabilityNoPurchase(distinct[k], horizonDays);
        });
        for (var row = 0; row < snapshot.Count; row++)
        {
            snapshot[row, ChurnFeature.ProbabilityAlive] = alive[index[row]];
            snapshot[row, ChurnFeature.ExpectedPurchases] = expected[index[row]];
            snapshot[row, ChurnFeature.ProbabilityNoPurchase] = silent[index[row]];
        }
    }

    /// <summary>The distinct (x, tₓ, T) among <paramref name="summaries"/> (spend ignored) and each row's index into them: BG/NBD outputs depend on nothing else.</summary>
    public static (PurchaseSummary[] Distinct, int[] Index) DistinctHistories(PurchaseSummary[] summaries)
    {
        var positions = new Dictionary<PurchaseSummary, int>();
        var index = new int[summaries.Length];
        for (var row = 0; row < summaries.Length; row++)
        {
            var key = summaries[row] with { MonetaryValue = 0 };
            if (!positions.TryGetValue(key, out var position))
            {
                position = positions.Count;
                positions.Add(key, position);
            }

            index[row] = position;
        }

        var distinct = new PurchaseSummary[positions.Count];
        foreach (var (key, position) in positions)
        {
            distinct[position] = key;
        }

        return (distinct, index);
    }
}

namespace Loyalty.ML.Churn;

/// <summary>Fits BG/NBD on a snapshot's own summaries (history up to its cutoff) and fills its BG/NBD feature columns.</summary>
internal static class BuyTillYouDieFeatures
{
    /// <summary>Fits BG/NBD on <paramref name="snapshot"/>, fills P(alive), expected purchases and P(no purchase) in the next <paramref name="horizonDays"/>, and returns the model.</summary>
    public static BgNbdModel FitAndFill(ChurnSnapshot snapshot, int horizonDays)
    {
        var model = BgNbdFitter.Fit(snapshot.Summaries);
        Parallel.For(0, snapshot.Count, row =>
        {
            var summary = snapshot.Summaries[row];
            snapshot[row, ChurnFeature.ProbabilityAlive] = (float)model.ProbabilityAlive(summary);
            snapshot[row, ChurnFeature.ExpectedPurchases] = (float)model.ExpectedPurchases(summary, horizonDays);
            snapshot[row, ChurnFeature.ProbabilityNoPurchase] = (float)model.ProbabilityNoPurchase(summary, horizonDays);
        });
        return model;
    }
}

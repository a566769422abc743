using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Core;

namespace Loyalty.ML.Churn;

/// <summary>
/// Scores every customer with a purchase as of a cutoff in one batch: features, BG/NBD, Gamma-Gamma and
/// CLV, the calibrated churn probability, its band and its three readable reasons.
/// </summary>
public static class ChurnScoring
{
    private const int ReasonCount = 3;

    // Enough of the largest contributions of either sign that the reasons pointing the way of the score fill the list.
    private const int ContributionsConsidered = 4 * ReasonCount;

    // Customers scored at once: each row's contributions live until its reasons are chosen, so every customer's at once
    // would be ≈ 120 bytes a customer beside the features; a block still splits into a chunk per core.
    private const int Block = 1 << 16;

    /// <summary>The scores with their reasons and the BTYD models fitted on the way.</summary>
    public static (List<ChurnScore> Scores, BgNbdModel Purchases, GammaGammaModel? Spend) Score(
        CustomerTimeline timeline, IdMap customers, ChurnModel model, ChurnOptions options, int cutoffDay)
    {
        var (scores, reasons, purchases, spend) = ScoreHoldingReasons(timeline, customers, model, options, cutoffDay);
        return ([.. reasons.Attach(scores)], purchases, spend);
    }

    /// <summary>
    /// The scores without their reasons, one a snapshot row, and the reasons held to be put into words when read
    /// (<see cref="ChurnReasonTexts"/>): every customer's sentences are never held at once. Each row's contributions are
    /// let go as soon as its reasons are chosen.
    /// </summary>
    internal static (ChurnScore[] Scores, ChurnReasonTexts Reasons, BgNbdModel Purchases, GammaGammaModel? Spend) ScoreHoldingReasons(
        CustomerTimeline timeline, IdMap customers, ChurnModel model, ChurnOptions options, int cutoffDay)
    {
        var snapshot = ChurnFeatureBuilder.Build(timeline, cutoffDay);
        var purchases = BuyTillYouDieFeatures.FitAndFill(snapshot, options.HorizonDays);
        var spend = GammaGammaFitter.Fit(snapshot.Summaries);
        var reasons = new ChurnReasonTexts(snapshot, ReasonCount, options.HorizonDays);
        var (distinct, index) = BuyTillYouDieFeatures.DistinctHistories(snapshot.Summaries);
        var discounted = new double[distinct.Length];
        Parallel.For(0, distinct.Length, k => discounted[k] = CustomerValue.DiscountedPurchases(purchases, distinct[k], options.ClvMonths, options.ClvMonthlyDiscountRate));
        var scores = new ChurnScore[snapshot.Count];
        for (var first = 0; first < snapshot.Count; first += Block)
        {
            var (probabilities, contributions) = model.PredictWithContributions(snapshot.Features, first, Math.Min(Block, snapshot.Count - first), ContributionsConsidered);
            Parallel.For(0, probabilities.Length, k =>
            {
                var row = first + k;
                var features = snapshot.Row(row);
                var probability = (double)probabilities[k];
                reasons.Keep(row, ChurnReasons.Choose(features, contributions[k], AtRisk(probability, options), ReasonCount, options.HorizonDays));
                contributions[k] = null!;
                scores[row] = new ChurnScore(
                    customers[snapshot.Customers[row]],
                    probability,
                    options.BandOf(probability),
                    [],
                    features[(int)ChurnFeature.ProbabilityAlive],
                    features[(int)ChurnFeature.ExpectedPurchases],
                    CustomerValue.OrderValue(spend, snapshot.Summaries[row]) * discounted[index[row]]);
            });
        }

        return (scores, reasons, purchases, spend);
    }

    /// <summary>Each row's calibrated P(churn) and its reasons, chosen to point the way of the score (see <see cref="ChurnReasons"/>).</summary>
    internal static (float[] Probabilities, IReadOnlyList<ChurnReason>[] Reasons) Explain(ChurnSnapshot snapshot, ChurnModel model, ChurnOptions options)
    {
        var (probabilities, contributions) = model.PredictWithContributions(snapshot.Features, ContributionsConsidered);
        var reasons = new IReadOnlyList<ChurnReason>[snapshot.Count];
        Parallel.For(0, snapshot.Count, row => reasons[row] = ChurnReasons.Choose(
            snapshot.Row(row), contributions[row], AtRisk(probabilities[row], options), ReasonCount, options.HorizonDays));
        return (probabilities, reasons);
    }

    /// <summary>True when the score puts the customer at risk: at or above the medium band's threshold.</summary>
    internal static bool AtRisk(double probability, ChurnOptions options) => probability >= options.MediumRiskThreshold;
}

using System.Globalization;
using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Churn;

/// <summary>
/// Turns the features with the largest contributions into sentences a marketer can read, stating the
/// customer's own facts ("no order for 74 days; usually every 21"). Features that tell the same story
/// (recency and recency ÷ usual gap) give one sentence. Reasons point the same way as the score: a customer
/// at risk is told what raises the risk, one not at risk what lowers it; a reason pointing the other way is
/// shown only after them and labelled a counterpoint. No reason states a probability: the score is the only one a
/// customer is given. The BG/NBD features are told as that model's reading of the purchase pattern, in words, and only
/// where the reading points the way the reason does, so it never reads as a second score contradicting the first.
/// </summary>
internal static class ChurnReasons
{
    /// <summary>
    /// Up to <paramref name="count"/> distinct reasons for the <paramref name="contributions"/> (largest first): those
    /// pointing the way of the score (risk-raising when <paramref name="atRisk"/>), then counterpoints if too few do.
    /// </summary>
    public static IReadOnlyList<ChurnReason> Choose(ReadOnlySpan<float> features, IReadOnlyList<(int Feature, float Contribution)> contributions, bool atRisk, int count = 3, int horizonDays = 90)
    {
        var reasons = new List<ChurnReason>(count);
        foreach (var counterpoint in (ReadOnlySpan<bool>)[false, true])
        {
            foreach (var (feature, contribution) in contributions)
            {
                if (reasons.Count == count)
                {
                    return reasons;
                }

                var raisesRisk = contribution > 0;
                if (contribution == 0 || (raisesRisk == atRisk) == counterpoint)
                {
                    continue;
                }

                if (Describe(features, (ChurnFeature)feature, horizonDays, raisesRisk) is { } text && !reasons.Exists(reason => reason.Text == text))
                {
                    reasons.Add(new ChurnReason((ChurnFeature)feature, contribution, text, counterpoint));
                }
            }
        }

        return reasons;
    }

    /// <summary>
    /// The sentence for one feature of one customer. Null for BG/NBD's P(alive) of a customer with one purchase day,
    /// which the model sets to 1 for lack of a repeat purchase, not from any sign of activity; and null for a BG/NBD
    /// feature whose reading (an order in the horizon or none) points against <paramref name="raisesRisk"/>, the way the
    /// reason is used.
    /// </summary>
    public static string? Describe(ReadOnlySpan<float> features, ChurnFeature feature, int horizonDays = 90, bool? raisesRisk = null)
    {
        if (feature == ChurnFeature.ProbabilityAlive && features[(int)ChurnFeature.PurchaseDays] <= 1)
        {
            return null;
        }

        if (feature is ChurnFeature.ProbabilityAlive or ChurnFeature.ProbabilityNoPurchase or ChurnFeature.ExpectedPurchases)
        {
            return PurchasePattern(features, horizonDays, raisesRisk);
        }

        return feature switch
        {
            ChurnFeature.RecencyDays or ChurnFeature.MeanGapDays or ChurnFeature.MedianGapDays or ChurnFeature.RecencyOverMeanGap
                or ChurnFeature.OverdueDays or ChurnFeature.MaxGapDays or ChurnFeature.RecencyOverMaxGap or ChurnFeature.LastGapDays
                or ChurnFeature.GapVariation => Recency(features[(int)ChurnFeature.RecencyDays], features[(int)ChurnFeature.MedianGapDays]),
            ChurnFeature.Orders or ChurnFeature.PurchaseDays or ChurnFeature.OrdersPerMonth or ChurnFeature.ActiveMonthShare =>
                Format($"{Orders(features[(int)ChurnFeature.Orders])} in {features[(int)ChurnFeature.TenureDays]:0} days as a customer"),
            ChurnFeature.RecencyShareOfTenure =>
                Format($"no order for {features[(int)ChurnFeature.RecencyDays]:0} of {features[(int)ChurnFeature.TenureDays]:0} days as a customer"),
            ChurnFeature.TenureDays or ChurnFeature.PresentAtDataStart => Format($"customer for {features[(int)ChurnFeature.TenureDays]:0} days"),
            ChurnFeature.Spend => Format($"spent {features[(int)ChurnFeature.Spend]:0.##} in total"),
            ChurnFeature.DecayedOrders30 or ChurnFeature.DecayedOrders90 or ChurnFeature.ActiveWeeks90 =>
                Format($"bought in {features[(int)ChurnFeature.ActiveWeeks90]:0} of the last 13 weeks"),
            ChurnFeature.Orders30 => Format($"{Orders(features[(int)ChurnFeature.Orders30])} in the last 30 days"),
            ChurnFeature.Orders90 or ChurnFeature.Spend90 => Format($"{Orders(features[(int)ChurnFeature.Orders90])} in the last 90 days, spending {features[(int)ChurnFeature.Spend90]:0.##}"),
            ChurnFeature.Orders180 or ChurnFeature.OrdersPerMonth180 or ChurnFeature.Spend180 =>
                Format($"{Orders(features[(int)ChurnFeature.Orders180])} in the last 180 days, spending {features[(int)ChurnFeature.Spend180]:0.##}"),
            ChurnFeature.Spend30 => Format($"spent {features[(int)ChurnFeature.Spend30]:0.##} in the last 30 days"),
            ChurnFeature.Trend90 or ChurnFeature.SpendTrend90 =>
                Format($"{Orders(features[(int)ChurnFeature.Orders90])} in the last 90 days against {features[(int)ChurnFeature.Orders180] - features[(int)ChurnFeature.Orders90]:0} in the 90 before"),
            ChurnFeature.AverageOrderValue => Format($"average order of {features[(int)ChurnFeature.AverageOrderValue]:0.##}"),
            ChurnFeature.AverageLinesPerOrder => Format($"{features[(int)ChurnFeature.AverageLinesPerOrder]:0.#} lines per order on average"),
            ChurnFeature.AverageUnitsPerOrder => Format($"{features[(int)ChurnFeature.AverageUnitsPerOrder]:0.#} units per order on average"),
            ChurnFeature.AverageUnitPrice => Format($"average unit price {features[(int)ChurnFeature.AverageUnitPrice]:0.##}"),
            ChurnFeature.DistinctItems or ChurnFeature.NewItems90 =>
                Format($"bought {features[(int)ChurnFeature.DistinctItems]:0} different items, {features[(int)ChurnFeature.NewItems90]:0} new in the last 90 days"),
            ChurnFeature.DistinctCategories => Format($"bought from {features[(int)ChurnFeature.DistinctCategories]:0} categories"),
            ChurnFeature.ItemRecentReach => Format($"buys items that {features[(int)ChurnFeature.ItemRecentReach] * 100:0.#}% of active customers bought lately"),
            ChurnFeature.ItemRepeatRate => Format($"buys items that {features[(int)ChurnFeature.ItemRepeatRate] * 100:0}% of their buyers buy again"),
            ChurnFeature.ReturnRatio => Format($"returned {features[(int)ChurnFeature.ReturnRatio] * 100:0}% of what they spent"),
            _ => throw new ArgumentOutOfRangeException(nameof(feature), feature, "No reason text for this feature."),
        };
    }

    /// <summary>The words every BG/NBD reason starts with: it is that model's reading, not the score's.</summary>
    public const string BgNbdLabel = "the BG/NBD purchase-pattern model on its own expects ";

    // BG/NBD's reading is its P(no purchase in the horizon) on either side of one half; told without the number.
    private static string? PurchasePattern(ReadOnlySpan<float> features, int horizonDays, bool? raisesRisk)
    {
        var noOrder = features[(int)ChurnFeature.ProbabilityNoPurchase] >= 0.5f;
        if (raisesRisk is { } role && role != noOrder)
        {
            return null;
        }

        var recency = features[(int)ChurnFeature.RecencyDays];
        var last = recency < 1 ? "the last today" : Format($"the last {Days(recency)} ago");
        var pattern = Format($"{features[(int)ChurnFeature.PurchaseDays]:0} purchase day{(features[(int)ChurnFeature.PurchaseDays] == 1 ? string.Empty : "s")} in {Days(features[(int)ChurnFeature.TenureDays])}, {last}");
        return Format($"{BgNbdLabel}{(noOrder ? "no order" : "an order")} in the next {horizonDays} days ({pattern})");
    }

    private static string Days(float days) => days == 1 ? "1 day" : Format($"{days:0} days");

    private static string Recency(float recency, float usualGap) => usualGap > 0
        ? Format($"no order for {recency:0} days; usually every {usualGap:0}")
        : Format($"no order for {recency:0} days; only one purchase day so far");

    private static string Orders(float count) => count == 1 ? "1 order" : Format($"{count:0} orders");

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

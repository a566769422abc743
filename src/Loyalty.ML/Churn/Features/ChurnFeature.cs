namespace Loyalty.ML.Churn.Features;

/// <summary>The churn model's features, in column order. Gaps are -1 when a customer has bought on fewer than two days.</summary>
internal enum ChurnFeature
{
    /// <summary>Days from the last purchase to the cutoff (0 when the customer bought on the cutoff day).</summary>
    RecencyDays,

    /// <summary>Orders on or before the cutoff.</summary>
    Orders,

    /// <summary>Distinct days with a purchase.</summary>
    PurchaseDays,

    /// <summary>Amount of all orders (quantity × unit price, returns not deducted).</summary>
    Spend,

    /// <summary>Days from the first purchase to the cutoff.</summary>
    TenureDays,

    /// <summary>1 when the first purchase falls in the first 30 days of the data (the customer may be older than the data), else 0.</summary>
    PresentAtDataStart,

    /// <summary><see cref="RecencyDays"/> ÷ <see cref="TenureDays"/>, 0–1 (0 when the tenure is 0 days).</summary>
    RecencyShareOfTenure,

    /// <summary>Mean days between consecutive purchase days.</summary>
    MeanGapDays,

    /// <summary>Median days between consecutive purchase days.</summary>
    MedianGapDays,

    /// <summary>Days between the last two purchase days.</summary>
    LastGapDays,

    /// <summary><see cref="RecencyDays"/> ÷ <see cref="MeanGapDays"/>: above 1 when the customer is later than usual.</summary>
    RecencyOverMeanGap,

    /// <summary><see cref="RecencyDays"/> − <see cref="MeanGapDays"/>: days past the usual gap (negative when not yet due).</summary>
    OverdueDays,

    /// <summary>Longest gap in days between consecutive purchase days.</summary>
    MaxGapDays,

    /// <summary>Coefficient of variation of the gaps: their standard deviation ÷ <see cref="MeanGapDays"/>.</summary>
    GapVariation,

    /// <summary><see cref="RecencyDays"/> ÷ <see cref="MaxGapDays"/>: above 1 when the current silence is the longest yet.</summary>
    RecencyOverMaxGap,

    /// <summary>Orders in the 30 days up to the cutoff.</summary>
    Orders30,

    /// <summary>Orders in the 90 days up to the cutoff.</summary>
    Orders90,

    /// <summary>Orders in the 180 days up to the cutoff.</summary>
    Orders180,

    /// <summary>Amount of the orders in the 30 days up to the cutoff.</summary>
    Spend30,

    /// <summary>Amount of the orders in the 90 days up to the cutoff.</summary>
    Spend90,

    /// <summary>Amount of the orders in the 180 days up to the cutoff.</summary>
    Spend180,

    /// <summary>Orders in the last 90 days against the 90 before: (last − previous) ÷ (last + previous), −1 to 1 (0 when both are 0).</summary>
    Trend90,

    /// <summary>Orders weighted by e^(−age/30), age in days before the cutoff: recent orders count almost 1.</summary>
    DecayedOrders30,

    /// <summary>Orders weighted by e^(−age/90), age in days before the cutoff.</summary>
    DecayedOrders90,

    /// <summary>7-day periods, counted back from the cutoff over the last 90 days, with a purchase (0–13).</summary>
    ActiveWeeks90,

    /// <summary>Orders per 30 days of tenure (tenure + 1 day, at least 30).</summary>
    OrdersPerMonth,

    /// <summary>Orders of the last 180 days per 30 days of the tenure within them (tenure + 1 day, clamped to 30–180).</summary>
    OrdersPerMonth180,

    /// <summary>Spend in the last 90 days against the 90 before: (last − previous) ÷ (last + previous), −1 to 1 (0 when the sum is not positive).</summary>
    SpendTrend90,

    /// <summary>Share of the 30-day periods of the tenure (counted back from the cutoff) with a purchase, 0–1.</summary>
    ActiveMonthShare,

    /// <summary><see cref="Spend"/> ÷ <see cref="Orders"/>.</summary>
    AverageOrderValue,

    /// <summary>Item lines per order, averaged over the orders.</summary>
    AverageLinesPerOrder,

    /// <summary>Units (summed quantity) per order, averaged over the orders.</summary>
    AverageUnitsPerOrder,

    /// <summary><see cref="Spend"/> ÷ units bought (0 when no units).</summary>
    AverageUnitPrice,

    /// <summary>Distinct items bought.</summary>
    DistinctItems,

    /// <summary>Distinct categories bought.</summary>
    DistinctCategories,

    /// <summary>Distinct items first bought in the last 90 days.</summary>
    NewItems90,

    /// <summary>Mean over the customer's items of their recent reach: buyers in the last 90 days ÷ customers active in them (see <see cref="ItemActivity.RecentReach"/>).</summary>
    ItemRecentReach,

    /// <summary>Mean over the customer's items of their repeat rate: share of the item's buyers who bought it on two days or more.</summary>
    ItemRepeatRate,

    /// <summary>Amount returned on or before the cutoff ÷ <see cref="Spend"/>.</summary>
    ReturnRatio,

    /// <summary>BG/NBD probability that the customer is still active, from their repeat purchase days, recency and age, 0–1.</summary>
    ProbabilityAlive,

    /// <summary>BG/NBD expected number of purchase days in the churn horizon (<see cref="ChurnOptions.HorizonDays"/> days) after the cutoff.</summary>
    ExpectedPurchases,

    /// <summary>BG/NBD probability of no purchase in the churn horizon after the cutoff, 0–1.</summary>
    ProbabilityNoPurchase,
}

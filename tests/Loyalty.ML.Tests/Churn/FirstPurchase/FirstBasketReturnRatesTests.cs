using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.FirstPurchase;

namespace Loyalty.ML.Tests.Churn.FirstPurchase;

public sealed class FirstBasketReturnRatesTests
{
    [Fact]
    public void Build_FirstBasketsAHorizonBeforeTheCutoff_GiveSmoothedItemRates()
    {
        var history = FirstPurchaseHistories.Hand().Build();
        var timeline = CustomerTimelineBuilder.Build(history);
        history.Items.TryGetIndex("X0", out var x);
        history.Items.TryGetIndex("Y0", out var y);

        // Horizon 15 at cutoff 30: first baskets on or before day 15 count ("f" does not); "a" came back within 15 days,
        // "c" and "e" not yet, "b" and "d" never: 1 of 5 overall, X 1 of 3, Y 0 of 2.
        var rates = FirstBasketReturnRates.Build(timeline, cutoff: 30, horizonDays: 15);

        Assert.Equal(0.2, rates.OverallRate, 12);
        Assert.Equal((1 + (10 * 0.2)) / 13, rates.ItemRate[x], 6);
        Assert.Equal((0 + (10 * 0.2)) / 12, rates.ItemRate[y], 6);
    }

    [Fact]
    public void Build_ReturnAfterTheCutoff_LeavesTheRatesUnchanged()
    {
        var history = FirstPurchaseHistories.Hand().Build();
        var full = FirstBasketReturnRates.Build(CustomerTimelineBuilder.Build(history), cutoff: 30, horizonDays: 30);

        // "e" comes back on day 40, within 30 days of its first basket but after the cutoff.
        var cut = FirstBasketReturnRates.Build(CustomerTimelineBuilder.Build(FirstPurchaseHistories.Until(history, 30)), cutoff: 30, horizonDays: 30);

        Assert.Equal(full.OverallRate, cut.OverallRate);
        Assert.Equal(full.ItemRate, cut.ItemRate);
    }
}

using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.FirstPurchase;

namespace Loyalty.ML.Tests.Churn.FirstPurchase;

public sealed class SecondPurchaseCurveTests
{
    [Fact]
    public void Build_HandMadeHistory_IsTheKaplanMeierCurveCensoredAtTheCutoff()
    {
        var timeline = CustomerTimelineBuilder.Build(FirstPurchaseHistories.Hand().Build());

        var curve = SecondPurchaseCurve.Build(timeline, cutoff: 30);

        // Five customers at risk from day 0 ("f" from day 25, censored after 5 days); "e" comes back after the cutoff.
        Assert.Equal(1, curve.Survival[9]);
        Assert.Equal(0.8, curve.Survival[10], 12);
        Assert.Equal(0.8 * 3 / 4, curve.Survival[20], 12);
        Assert.Equal(31, curve.Survival.Length);
        Assert.Equal(0.8 * 3 / 4, curve.Survival[30], 12);
    }

    [Fact]
    public void Build_SecondPurchaseAfterTheCutoff_LeavesTheCurveUnchanged()
    {
        var history = FirstPurchaseHistories.Hand().Build();
        var full = SecondPurchaseCurve.Build(CustomerTimelineBuilder.Build(history), cutoff: 30);

        var cut = SecondPurchaseCurve.Build(CustomerTimelineBuilder.Build(FirstPurchaseHistories.Until(history, 30)), cutoff: 30);

        Assert.Equal(full.Survival, cut.Survival);
        Assert.Equal(full.CohortHazardRatio, cut.CohortHazardRatio);
    }

    [Fact]
    public void ReturnChance_PooledCohort_IsOneMinusTheSurvivalRatio()
    {
        var curve = new SecondPurchaseCurve([1, 0.8, 0.6, 0.5, 0.45], new Dictionary<int, double> { [7] = 2 });

        Assert.Equal(1 - (0.45 / 0.8), curve.ReturnChance(month: 1, daysSinceFirst: 1, horizonDays: 3), 12);
        Assert.Equal(1 - Math.Pow(0.45 / 0.8, 2), curve.ReturnChance(month: 7, daysSinceFirst: 1, horizonDays: 3), 12);
    }

    [Fact]
    public void ReturnChance_BeyondTheObservedCurve_CarriesTheTailHazardOn()
    {
        var curve = new SecondPurchaseCurve([1, 0.8, 0.64], new Dictionary<int, double>());

        Assert.Equal(1 - 0.8, curve.ReturnChance(month: 0, daysSinceFirst: 2, horizonDays: 1), 12);
    }
}

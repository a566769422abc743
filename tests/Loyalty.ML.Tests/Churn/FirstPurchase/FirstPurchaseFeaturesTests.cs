using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.FirstPurchase;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Churn.FirstPurchase;

public sealed class FirstPurchaseFeaturesTests
{
    private static readonly ChurnFeature[] Columns =
    [
        ChurnFeature.CohortReturnChance, ChurnFeature.FirstBasketReturnRate, ChurnFeature.FirstPurchaseMonth, ChurnFeature.FirstPurchaseWeekday,
        ChurnFeature.FirstPurchaseDaysToPeak, ChurnFeature.FirstBasketValue, ChurnFeature.FirstBasketItems, ChurnFeature.FirstBasketReturned,
    ];

    [Fact]
    public void FitAndFill_OneTimeAndRepeatBuyers_DescribeTheirFirstPurchaseDay()
    {
        var builder = FirstPurchaseHistories.Hand();
        builder.AddReturn("b", "Y0", "rb", ChurnTestHistories.Start.AddDays(3), 1, 10);
        var history = builder.Build();
        var timeline = CustomerTimelineBuilder.Build(history);
        var snapshot = ChurnFeatureBuilder.Build(timeline, cutoffDay: 30);

        var statistics = FirstPurchaseFeatures.FitAndFill(snapshot, timeline, horizonDays: 15);

        var (a, b) = (Row(snapshot, history, "a"), Row(snapshot, history, "b"));
        Assert.Equal(-1, snapshot[a, ChurnFeature.CohortReturnChance]);
        Assert.InRange(snapshot[b, ChurnFeature.CohortReturnChance], 0.01f, 1);
        Assert.Equal(
            statistics.Curve.ReturnChance(SecondPurchaseCurve.MonthOf(new DateOnly(2024, 1, 1)), 30, 15),
            snapshot[b, ChurnFeature.CohortReturnChance],
            5);
        Assert.Equal(1, snapshot[b, ChurnFeature.FirstPurchaseMonth]);
        Assert.Equal((int)DayOfWeek.Monday, snapshot[b, ChurnFeature.FirstPurchaseWeekday]);
        Assert.Equal(359, snapshot[b, ChurnFeature.FirstPurchaseDaysToPeak]);
        Assert.Equal(20, snapshot[b, ChurnFeature.FirstBasketValue]);
        Assert.Equal(1, snapshot[b, ChurnFeature.FirstBasketItems]);
        Assert.Equal(1, snapshot[b, ChurnFeature.FirstBasketReturned]);
        Assert.Equal(0, snapshot[a, ChurnFeature.FirstBasketReturned]);
        Assert.True(snapshot[a, ChurnFeature.FirstBasketReturnRate] > snapshot[b, ChurnFeature.FirstBasketReturnRate]);
    }

    [Fact]
    public void FitAndFill_EverythingAfterTheCutoffRemoved_GivesTheSameColumns()
    {
        var history = ChurnSimulatedData.History(customers: 400, withItems: true);
        var full = CustomerTimelineBuilder.Build(history);
        var cutoff = full.LastDay - 120;
        var cut = FirstPurchaseHistories.Until(history, cutoff);

        var before = Fill(history, cutoff);
        var after = Fill(cut, cutoff);

        Assert.Equal(before.Count, after.Count);
        Assert.Contains(before.Values, row => row[0] >= 0);
        foreach (var (customer, columns) in before)
        {
            Assert.Equal(columns, after[customer]);
        }
    }

    private static Dictionary<string, float[]> Fill(PurchaseHistory history, int cutoff)
    {
        var timeline = CustomerTimelineBuilder.Build(history);
        var snapshot = ChurnFeatureBuilder.Build(timeline, cutoff);
        FirstPurchaseFeatures.FitAndFill(snapshot, timeline, horizonDays: 90);
        return Enumerable.Range(0, snapshot.Count).ToDictionary(
            row => history.Customers[snapshot.Customers[row]],
            row => Columns.Select(column => snapshot[row, column]).ToArray());
    }

    private static int Row(ChurnSnapshot snapshot, PurchaseHistory history, string customer)
    {
        history.Customers.TryGetIndex(customer, out var index);
        return Array.IndexOf(snapshot.Customers, index);
    }
}

using Loyalty.ML.Core;
using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Lifetime;

namespace Loyalty.ML.Tests.Churn.Features;

public sealed class ChurnFeatureBuilderTests
{
    [Fact]
    public void Build_RegularCustomer_ComputesRecencyFrequencySpendAndGaps()
    {
        var timeline = CustomerTimelineBuilder.Build(ChurnTestHistories.Basic().Build());

        var snapshot = ChurnFeatureBuilder.Build(timeline, cutoffDay: 50);

        var row = Array.IndexOf(snapshot.Customers, 0);
        Assert.Equal(10, snapshot[row, ChurnFeature.RecencyDays]);
        Assert.Equal(4, snapshot[row, ChurnFeature.Orders]);
        Assert.Equal(50, snapshot[row, ChurnFeature.TenureDays]);
        Assert.Equal(160, snapshot[row, ChurnFeature.Spend]);
        Assert.Equal(40f / 3, snapshot[row, ChurnFeature.MeanGapDays], 4);
        Assert.Equal(10, snapshot[row, ChurnFeature.MedianGapDays]);
        Assert.Equal(20, snapshot[row, ChurnFeature.MaxGapDays]);
        Assert.Equal(1, snapshot[row, ChurnFeature.Orders30]);
        Assert.Equal(4, snapshot[row, ChurnFeature.Orders90]);
        Assert.Equal(2, snapshot[row, ChurnFeature.DistinctItems]);
        Assert.Equal(new PurchaseSummary(3, 40, 50, 40), snapshot.Summaries[row]);
    }

    [Fact]
    public void Build_CustomerWhoseFirstPurchaseIsAfterTheCutoff_IsNotInTheSnapshot()
    {
        var timeline = CustomerTimelineBuilder.Build(ChurnTestHistories.Basic().Build());

        var snapshot = ChurnFeatureBuilder.Build(timeline, cutoffDay: 50);

        Assert.Equal([0, 1], snapshot.Customers);
    }

    [Fact]
    public void Build_PurchasesAndReturnsAfterTheCutoff_DoNotChangeAnyFeature()
    {
        var before = ChurnTestHistories.Basic();
        var after = ChurnTestHistories.Basic();
        ChurnTestHistories.Order(after, "a", 41, lines: 3, item: "NEW");
        ChurnTestHistories.Order(after, "b", 60);
        ChurnTestHistories.Order(after, "b", 199);
        after.AddReturn("a", "A0", "r1", ChurnTestHistories.Start.AddDays(45), 2, 10);
        ChurnTestHistories.Order(after, "late", 100);

        var expected = Snapshot(before, cutoff: 40);
        var actual = Snapshot(after, cutoff: 40);

        Assert.Equal(expected.Customers, actual.Customers);
        Assert.Equal(expected.Summaries, actual.Summaries);
        for (var feature = 0; feature < ChurnSnapshot.FeatureCount; feature++)
        {
            for (var row = 0; row < expected.Count; row++)
            {
                Assert.True(
                    expected[row, (ChurnFeature)feature] == actual[row, (ChurnFeature)feature],
                    $"{(ChurnFeature)feature} of row {row} changed with data after the cutoff: {expected[row, (ChurnFeature)feature]} -> {actual[row, (ChurnFeature)feature]}");
            }
        }
    }

    [Fact]
    public void Build_ReturnBeforeTheCutoff_SetsTheReturnRatio()
    {
        var builder = ChurnTestHistories.Basic();
        builder.AddReturn("a", "A0", "r1", ChurnTestHistories.Start.AddDays(30), 2, 10);

        var snapshot = Snapshot(builder, cutoff: 50);

        Assert.Equal(20f / 160, snapshot[0, ChurnFeature.ReturnRatio], 5);
    }

    [Fact]
    public void Build_HistoryWithoutItems_LeavesItemFeaturesAtZero()
    {
        var builder = new PurchaseHistoryBuilder();
        ChurnTestHistories.Order(builder, "a", 0, item: null);
        ChurnTestHistories.Order(builder, "a", 10, item: null);

        var snapshot = Snapshot(builder, cutoff: 20);

        Assert.Equal(0, snapshot[0, ChurnFeature.DistinctItems]);
        Assert.Equal(0, snapshot[0, ChurnFeature.ItemRecentReach]);
        Assert.Equal(2, snapshot[0, ChurnFeature.Orders]);
    }

    private static ChurnSnapshot Snapshot(PurchaseHistoryBuilder builder, int cutoff)
    {
        var snapshot = ChurnFeatureBuilder.Build(CustomerTimelineBuilder.Build(builder.Build()), cutoff);
        BuyTillYouDieFeatures.FitAndFill(snapshot, horizonDays: 90);
        return snapshot;
    }
}

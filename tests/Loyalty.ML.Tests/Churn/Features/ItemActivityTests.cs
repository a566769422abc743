using Loyalty.ML.Churn.Features;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Churn.Features;

public sealed class ItemActivityTests
{
    [Fact]
    public void Build_RepeatAndRecentBuyers_CountOnlyLinesOnOrBeforeTheCutoff()
    {
        var builder = new PurchaseHistoryBuilder();
        ChurnTestHistories.Order(builder, "a", 0, item: "X");
        ChurnTestHistories.Order(builder, "a", 100, item: "X");
        ChurnTestHistories.Order(builder, "b", 95, item: "X");
        ChurnTestHistories.Order(builder, "c", 10, item: "Y");
        ChurnTestHistories.Order(builder, "b", 150, item: "Y");
        var history = builder.Build();
        var timeline = CustomerTimelineBuilder.Build(history);
        history.Items.TryGetIndex("X0", out var x);
        history.Items.TryGetIndex("Y0", out var y);

        var activity = ItemActivity.Build(timeline, cutoff: 100);

        Assert.Equal(0.5f, activity.RepeatRate[x]);
        Assert.Equal(1f, activity.RecentReach[x]);
        Assert.Equal(0f, activity.RepeatRate[y]);
        Assert.Equal(0f, activity.RecentReach[y]);
    }
}

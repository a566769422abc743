using Loyalty.ML.Churn.Features;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Churn.Features;

public sealed class CustomerTimelineBuilderTests
{
    [Fact]
    public void Build_PurchaseOnTheLastDayItCanHold_KeepsItsExactDay()
    {
        var builder = ChurnTestHistories.Basic();
        ChurnTestHistories.Order(builder, "late", CustomerTimeline.MaxDay);
        ChurnTestHistories.Order(builder, "late", CustomerTimeline.MaxDay - 1);
        var history = builder.Build();

        var timeline = CustomerTimelineBuilder.Build(history);

        var late = Index(history, "late");
        var orders = timeline.OrderStart[late]..timeline.OrderStart[late + 1];
        Assert.Equal([CustomerTimeline.MaxDay - 1, CustomerTimeline.MaxDay], timeline.OrderDay[orders].Select(day => (int)day));
        Assert.Equal(CustomerTimeline.MaxDay, timeline.LastDay);
        Assert.Equal(timeline.Origin.AddDays(CustomerTimeline.MaxDay), timeline.DateOf(timeline.LineDay[timeline.LineStart[late + 1] - 1]));
        Assert.True(timeline.KnownAt(late, CustomerTimeline.MaxDay - 1));
        Assert.False(timeline.KnownAt(late, CustomerTimeline.MaxDay - 2));
    }

    [Fact]
    public void Build_HistoryLongerThanATimelineHolds_ThrowsNamingTheSpan()
    {
        var builder = ChurnTestHistories.Basic();
        ChurnTestHistories.Order(builder, "late", CustomerTimeline.MaxDay + 1);

        var error = Assert.Throws<InvalidOperationException>(() => CustomerTimelineBuilder.Build(builder.Build()));

        Assert.Contains($"spans {CustomerTimeline.MaxDay + 2} days", error.Message, StringComparison.Ordinal);
        Assert.Contains($"at most {CustomerTimeline.MaxDay + 1}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ReturnBeforeTheFirstPurchase_CountsBeforeDayZero()
    {
        var builder = ChurnTestHistories.Basic();
        builder.AddReturn("a", "A0", "r", ChurnTestHistories.Start.AddDays(-3), 1, 10);
        var history = builder.Build();

        var timeline = CustomerTimelineBuilder.Build(history);

        var a = Index(history, "a");
        Assert.Equal([-3], timeline.ReturnDay[timeline.ReturnStart[a]..timeline.ReturnStart[a + 1]]);
    }

    [Fact]
    public void EndAsOf_CutoffsAroundEachDay_EndsAfterTheLastDayOnOrBeforeTheCutoff()
    {
        ushort[] days = [3, 3, 7, CustomerTimeline.MaxDay];

        Assert.Equal(0, CustomerTimeline.EndAsOf(days, 0, days.Length, -1));
        Assert.Equal(2, CustomerTimeline.EndAsOf(days, 0, days.Length, 3));
        Assert.Equal(2, CustomerTimeline.EndAsOf(days, 0, days.Length, 6));
        Assert.Equal(3, CustomerTimeline.EndAsOf(days, 0, days.Length, CustomerTimeline.MaxDay - 1));
        Assert.Equal(4, CustomerTimeline.EndAsOf(days, 0, days.Length, CustomerTimeline.MaxDay + 1));
    }

    private static int Index(PurchaseHistory history, string customer) =>
        history.Customers.TryGetIndex(customer, out var index) ? index : throw new InvalidOperationException($"No customer {customer}.");
}

using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Tests.Churn.Features;

public sealed class ChurnLabelsTests
{
    private const int Horizon = 90;

    [Theory]
    [InlineData(40, false)] // a purchase on the cutoff day itself is history, not future
    [InlineData(41, true)] // first day of the window
    [InlineData(130, true)] // exactly T + H counts
    [InlineData(131, false)] // one day too late
    public void Build_PurchaseAtBoundary_CountsOnlyInsideTheHalfOpenWindow(int nextDay, bool buysInWindow)
    {
        var builder = ChurnTestHistories.Basic();
        ChurnTestHistories.Order(builder, "c", 0);
        ChurnTestHistories.Order(builder, "c", nextDay);
        var timeline = CustomerTimelineBuilder.Build(builder.Build());
        var snapshot = ChurnFeatureBuilder.Build(timeline, cutoffDay: 40);

        var labels = ChurnLabels.Build(timeline, snapshot, Horizon);

        var row = Array.IndexOf(snapshot.Customers, 3);
        Assert.Equal(!buysInWindow, labels[row]);
    }

    [Fact]
    public void Build_WindowPastTheLastDay_ThrowsNamingTheDates()
    {
        var timeline = CustomerTimelineBuilder.Build(ChurnTestHistories.Basic().Build());
        var snapshot = ChurnFeatureBuilder.Build(timeline, cutoffDay: 150);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ChurnLabels.Build(timeline, snapshot, Horizon));

        Assert.Contains("2024-05-30", error.Message, StringComparison.Ordinal);
    }
}

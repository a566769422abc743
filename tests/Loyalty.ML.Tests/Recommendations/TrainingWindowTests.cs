using Loyalty.ML.Recommendations;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Recommendations;

public sealed class TrainingWindowTests
{
    private static readonly DateTime Day = new(2025, 3, 10, 12, 0, 0);

    [Fact]
    public void Before_Split_KeepsEarlierLinesAndAgesThemFromTheLastOfThem()
    {
        var history = History();

        var window = TrainingWindow.Before(history, Day.AddDays(5));

        Assert.Equal(Day.AddDays(2), window.Origin);
        Assert.True(window.Contains(Day.AddDays(2)));
        Assert.False(window.Contains(Day.AddDays(5)));
        Assert.Equal(0.5, window.Weight(Day.AddDays(-28), halfLifeDays: 30), 6);
        Assert.Equal(1, window.Weight(Day.AddDays(-28), halfLifeDays: 0));
    }

    [Fact]
    public void Whole_History_IsTheWindowBeforeJustAfterItsLastPurchase()
    {
        var history = History();

        var whole = TrainingWindow.Whole(history);

        Assert.Equal(history.LastTime, whole.Origin);
        Assert.True(whole.Contains(history.LastTime));
        Assert.Equal(whole, TrainingWindow.Before(history, whole.End));
    }

    private static PurchaseHistory History()
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("a", "x", "1", Day, 1, 1);
        builder.AddPurchase("b", "y", "2", Day.AddDays(2), 1, 1);
        builder.AddPurchase("a", "y", "3", Day.AddDays(9), 1, 1);
        return builder.Build();
    }
}

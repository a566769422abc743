using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Evaluation;

namespace Loyalty.ML.Tests.Recommendations.Evaluation;

public sealed class LastBasketSplitTests
{
    private static readonly DateTime Day = new(2024, 3, 1);

    [Fact]
    public void Create_CustomersWithTwoBaskets_HoldOutTheLastBasketAndScoreItsNewItems()
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("a", "X", "a1", Day, 1, 1);
        builder.AddPurchase("a", "Y", "a2", Day.AddDays(3), 1, 1);
        builder.AddPurchase("a", "X", "a2", Day.AddDays(3), 1, 1);
        builder.AddPurchase("b", "Z", "b1", Day.AddDays(1), 1, 1);
        builder.AddPurchase("c", "X", "c1", Day, 1, 1);
        builder.AddPurchase("c", "X", "c2", Day.AddDays(9), 1, 1);
        var history = builder.Build();
        history.Customers.TryGetIndex("a", out var a);
        history.Items.TryGetIndex("Y", out var y);

        var split = LastBasketSplit.Create(history);

        // a: X again and Y new in the last basket; b: one basket, not held out; c: only X again, no new item (its
        // basket is held out all the same, so two held-out orders).
        Assert.Equal([a], split.TestCustomers);
        Assert.Equal([y], split.Relevant[0]);
        Assert.Equal(EvaluationProtocol.LastBasket, split.Protocol);
        Assert.Equal(1, split.TrainCounts.RowLength(a));
        Assert.Equal(2.0 / 3, split.RepeatShare, 3);
        Assert.Equal(2, Enumerable.Range(0, split.TestOrders.Rows).Count(order => split.TestOrders.RowLength(order) > 0));
    }

    [Fact]
    public void Create_EndBeforeTheLastLines_HoldsOutTheLastBasketBeforeIt()
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("a", "X", "a1", Day, 1, 1);
        builder.AddPurchase("a", "Y", "a2", Day.AddDays(3), 1, 1);
        builder.AddPurchase("a", "Z", "a3", Day.AddDays(30), 1, 1);
        var history = builder.Build();
        history.Items.TryGetIndex("Y", out var y);

        var split = LastBasketSplit.Create(history, Day.AddDays(10));

        Assert.Equal([y], split.Relevant.Single());
        Assert.False(split.Window.Contains(history.Purchases, 2));
    }
}

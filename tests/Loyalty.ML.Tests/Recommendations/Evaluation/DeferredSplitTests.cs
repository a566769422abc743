using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Evaluation;

namespace Loyalty.ML.Tests.Recommendations.Evaluation;

public sealed class DeferredSplitTests
{
    private static readonly DateTime Day = new(2024, 3, 1);

    [Fact]
    public void Measure_NotKept_RecordsTheCountsAndTakeBuildsTheSameSplitAgain()
    {
        var history = History();
        var deferred = new DeferredSplit(() => LastBasketSplit.Create(history));

        deferred.Measure(keep: false);
        var split = deferred.Take();

        Assert.Equal(2, deferred.Builds);
        Assert.Equal(split.TestCustomers.Length, deferred.TestCustomers);
        Assert.Equal(2, deferred.TestCustomers);
        Assert.Equal(split.RepeatShare, deferred.RepeatShare);
        Assert.Equal(split.SplitTime, deferred.SplitTime);
        Assert.Equal(EvaluationProtocol.LastBasket, deferred.Protocol);
        Assert.Equal(LastBasketSplit.Create(history).Relevant, split.Relevant);
    }

    [Fact]
    public void Take_AfterAKeepingMeasure_HandsTheMeasuredSplitOverOnceThenBuildsAgain()
    {
        var history = History();
        var deferred = new DeferredSplit(() => LastBasketSplit.Create(history));

        deferred.Measure(keep: true);
        var first = deferred.Take();
        var second = deferred.Take();

        Assert.NotSame(first, second);
        Assert.Equal(2, deferred.Builds);
    }

    [Fact]
    public void Release_KeptSplit_IsNoLongerHeldAndTakeBuildsAgain()
    {
        var history = History();
        var deferred = new DeferredSplit(() => LastBasketSplit.Create(history));
        deferred.Measure(keep: true);

        deferred.Release();
        deferred.Take();

        Assert.Equal(2, deferred.Builds);
    }

    private static PurchaseHistory History()
    {
        var builder = new PurchaseHistoryBuilder();
        builder.AddPurchase("a", "X", "a1", Day, 1, 1);
        builder.AddPurchase("a", "Y", "a2", Day.AddDays(3), 1, 1);
        builder.AddPurchase("b", "X", "b1", Day.AddDays(1), 1, 1);
        builder.AddPurchase("b", "Z", "b2", Day.AddDays(5), 1, 1);
        builder.AddPurchase("c", "Z", "c1", Day.AddDays(2), 1, 1);
        return builder.Build();
    }
}

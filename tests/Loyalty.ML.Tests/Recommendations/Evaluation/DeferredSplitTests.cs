using Loyalty.ML.Recommendations.Evaluation;

namespace Loyalty.ML.Tests.Recommendations.Evaluation;

public sealed class DeferredSplitTests
{
    [Fact]
    public void Measure_NotKept_RecordsTheCountsAndTakeBuildsTheSameSplitAgain()
    {
        var history = SplitTestHistory.TwoBasketsEachButOne();
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
        var history = SplitTestHistory.TwoBasketsEachButOne();
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
        var history = SplitTestHistory.TwoBasketsEachButOne();
        var deferred = new DeferredSplit(() => LastBasketSplit.Create(history));
        deferred.Measure(keep: true);

        deferred.Release();
        deferred.Take();

        Assert.Equal(2, deferred.Builds);
    }
}

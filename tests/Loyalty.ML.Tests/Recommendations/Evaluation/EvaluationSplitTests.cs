using Loyalty.ML.Recommendations.Evaluation;

namespace Loyalty.ML.Tests.Recommendations.Evaluation;

public sealed class EvaluationSplitTests
{
    [Fact]
    public void Released_ScoredSplit_KeepsCountsTimesAndWindowBoundsButNoMatrixNorHeldOutLines()
    {
        var split = LastBasketSplit.Create(SplitTestHistory.TwoBasketsEachButOne());

        var released = split.Released();

        Assert.True(released.IsReleased);
        Assert.False(split.IsReleased);
        Assert.Equal(0, released.TrainCounts.NonZeros);
        Assert.Equal(0, released.TestOrders.NonZeros);
        Assert.Empty(released.Relevant);
        Assert.Null(released.Window.HeldOut);
        Assert.NotNull(split.Window.HeldOut);
        Assert.Equal((split.Window.End, split.Window.Origin), (released.Window.End, released.Window.Origin));
        Assert.Equal(split.TestCustomers, released.TestCustomers);
        Assert.Equal(
            (split.Protocol, split.SplitTime, split.TestUntil, split.HeldOut, split.RepeatShare, split.EligibleTestCustomers, split.KnownItemCount),
            (released.Protocol, released.SplitTime, released.TestUntil, released.HeldOut, released.RepeatShare, released.EligibleTestCustomers, released.KnownItemCount));
        Assert.Same(released, released.Released());
    }
}

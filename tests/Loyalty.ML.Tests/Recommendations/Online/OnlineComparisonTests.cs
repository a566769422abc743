using Loyalty.ML.Recommendations.Online;

namespace Loyalty.ML.Tests.Recommendations.Online;

public sealed class OnlineComparisonTests
{
    [Theory]
    [InlineData(0.30, 0.20, OnlineVerdict.Better)]
    [InlineData(0.10, 0.20, OnlineVerdict.Worse)]
    [InlineData(0.205, 0.20, OnlineVerdict.NotYetDistinguishable)]
    public void Compare_LargeArms_GivesTheVerdictOfTheInterval(double challenger, double champion, OnlineVerdict verdict)
    {
        var comparison = OnlineComparison.Compare(Figures(challenger, 2000), Figures(champion, 2000))!;

        Assert.Equal(verdict, comparison.Verdict);
        Assert.Equal(challenger - champion, comparison.Difference.Value, 12);
        Assert.Equal(verdict != OnlineVerdict.NotYetDistinguishable, !comparison.Difference.Interval95.Contains(0));
    }

    [Fact]
    public void Compare_SmallDifference_SaysHowManyMoreCustomersWouldTellIt()
    {
        var comparison = OnlineComparison.Compare(Figures(0.22, 500), Figures(0.20, 500))!;

        // n per arm for 0.02 at 80% power: (1.96 + 0.84)² × (0.22·0.78 + 0.2·0.8) / 0.02² ≈ 6,500, so about 12,000 more in all.
        Assert.Equal(OnlineVerdict.NotYetDistinguishable, comparison.Verdict);
        Assert.InRange(comparison.CustomersStillNeeded!.Value, 11_000, 14_000);
    }

    [Fact]
    public void Compare_NoDifference_CannotSayHowManyAreNeeded()
    {
        var comparison = OnlineComparison.Compare(Figures(0.2, 500), Figures(0.2, 500))!;

        Assert.Null(comparison.CustomersStillNeeded);
    }

    [Fact]
    public void Compare_TooFewCustomers_IsNotYetDistinguishableHoweverLarge()
    {
        var comparison = OnlineComparison.Compare(Figures(0.9, 20), Figures(0.1, 20))!;

        Assert.Equal(OnlineVerdict.NotYetDistinguishable, comparison.Verdict);
        Assert.Equal(OnlineVerdict.NotYetDistinguishable, comparison.AlwaysValidVerdict);
    }

    [Fact]
    public void Compare_AlwaysValidInterval_HoldsTheFixedOne()
    {
        var comparison = OnlineComparison.Compare(Figures(0.23, 3000), Figures(0.20, 3000))!;

        Assert.True(comparison.AlwaysValidInterval95.Low < comparison.Difference.Interval95.Low);
        Assert.True(comparison.AlwaysValidInterval95.High > comparison.Difference.Interval95.High);
    }

    // One list per customer: the hit rate's standard error is the binomial one.
    private static ListFigures Figures(double rate, long customers)
    {
        var error = Math.Sqrt(rate * (1 - rate) / customers);
        return new ListFigures(customers, customers, 0, (long)(rate * customers), Estimate.Of(rate, error), Estimate.Of(rate / 10, error / 10), 0, null);
    }
}

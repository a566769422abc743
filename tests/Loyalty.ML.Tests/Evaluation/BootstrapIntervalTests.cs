using Loyalty.ML.Evaluation;

namespace Loyalty.ML.Tests.Evaluation;

public sealed class BootstrapIntervalTests
{
    [Fact]
    public void Of_MeanOfASample_MatchesTheNormalApproximationAndShrinksWithSize()
    {
        var small = Sample(400, seed: 1);
        var large = Sample(10_000, seed: 2);

        var (smallLow, smallHigh) = BootstrapInterval.Of(small.Length, rows => BootstrapInterval.Pick(small, rows).Average(), seed: 7);
        var (largeLow, largeHigh) = BootstrapInterval.Of(large.Length, rows => BootstrapInterval.Pick(large, rows).Average(), seed: 7);

        // For a mean the 95% interval is about ±1.96 standard errors: 2 × 1.96 × √(0.3 × 0.7 / 400) ≈ 0.090 wide for 400 draws of p = 0.3.
        Assert.InRange(smallHigh - smallLow, 0.075, 0.105);
        Assert.InRange(small.Average(), smallLow, smallHigh);
        Assert.InRange((smallHigh - smallLow) / (largeHigh - largeLow), 3.5, 6.5);
    }

    [Fact]
    public void Of_SameSeed_GivesTheSameInterval()
    {
        var sample = Sample(500, seed: 3);

        var first = BootstrapInterval.Of(sample.Length, rows => BootstrapInterval.Pick(sample, rows).Average(), seed: 11);
        var second = BootstrapInterval.Of(sample.Length, rows => BootstrapInterval.Pick(sample, rows).Average(), seed: 11);

        Assert.Equal(first, second);
    }

    private static double[] Sample(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => random.NextDouble() < 0.3 ? 1.0 : 0.0)];
    }
}

using Loyalty.ML.Core.Statistics;


namespace Loyalty.ML.Tests.Core.Statistics;

public sealed class BootstrapIntervalTests
{
    private const int Resamples = 500;

    [Fact]
    public void Of_MeanOfASample_MatchesTheNormalApproximationAndShrinksWithSize()
    {
        var small = Sample(400, seed: 1);
        var large = Sample(10_000, seed: 2);

        var (smallLow, smallHigh) = MeanInterval(small, seed: 7);
        var (largeLow, largeHigh) = MeanInterval(large, seed: 7);

        // For a mean the 95% interval is about ±1.96 standard errors: 2 × 1.96 × √(0.3 × 0.7 / 400) ≈ 0.090 wide for 400 draws of p = 0.3.
        Assert.InRange(smallHigh - smallLow, 0.075, 0.105);
        Assert.InRange(small.Average(), smallLow, smallHigh);
        Assert.InRange((smallHigh - smallLow) / (largeHigh - largeLow), 3.5, 6.5);
    }

    [Fact]
    public void Of_SeveralMetrics_EachGetsItsOwnIntervalFromTheSameResamples()
    {
        var sample = Sample(500, seed: 3);

        var intervals = BootstrapInterval.Of(sample.Length, rows => [Mean(sample, rows), 2 * Mean(sample, rows)], seed: 11, Resamples);

        Assert.Equal(2, intervals.Length);
        Assert.Equal(2 * intervals[0]!.Value.Low, intervals[1]!.Value.Low, 12);
        Assert.Equal(2 * intervals[0]!.Value.High, intervals[1]!.Value.High, 12);
        Assert.Equal(MeanInterval(sample, seed: 11), intervals[0]);
    }

    [Fact]
    public void Of_MetricNotANumberOnSomeResamples_LeavesThoseOutAndOnMostGivesNull()
    {
        var sample = Sample(500, seed: 4);
        // Every tenth resample (by its first index) has no mean to give, as an AUC on a one-class resample.
        var intervals = BootstrapInterval.Of(sample.Length, rows => [rows[0] % 10 == 0 ? double.NaN : Mean(sample, rows), double.NaN], seed: 5, Resamples);

        var (low, high) = intervals[0]!.Value;
        Assert.True(double.IsFinite(low) && double.IsFinite(high) && low < sample.Average() && sample.Average() < high, $"[{low}, {high}]");
        Assert.Null(intervals[1]);
    }

    [Fact]
    public void OfCounts_SameSeed_SameResamplesAsOf()
    {
        var sample = Sample(500, seed: 6);

        // Draw counts weight each row as often as Of's indices repeat it: the same resamples give the same means (of 0s and 1s, exactly).
        var fromCounts = BootstrapInterval.OfCounts(sample.Length, counts => [WeightedMean(sample, counts)], seed: 13, Resamples)[0]!.Value;

        Assert.Equal(MeanInterval(sample, seed: 13), fromCounts);
    }

    [Fact]
    public void OfCounts_EveryResample_DrawsAsManyRowsAsThereAre()
    {
        // The counts array is reused from one resample to the next: each must start from zero.
        var draws = BootstrapInterval.OfCounts(1_000, counts => [counts.Sum()], seed: 3, Resamples)[0]!.Value;

        Assert.Equal((1_000.0, 1_000.0), draws);
    }

    private static double WeightedMean(double[] sample, int[] counts)
    {
        var sum = 0.0;
        for (var row = 0; row < sample.Length; row++)
        {
            sum += counts[row] * sample[row];
        }

        return sum / sample.Length;
    }

    private static (double Low, double High) MeanInterval(double[] sample, int seed) =>
        BootstrapInterval.Of(sample.Length, rows => [Mean(sample, rows)], seed, Resamples)[0]!.Value;

    private static double Mean(double[] sample, int[] rows) => BootstrapInterval.Pick(sample, rows).Average();

    [Fact]
    public void ResamplesFor_VeryLargeTestSets_UsesFewerResamples()
    {
        Assert.Equal(500, BootstrapInterval.ResamplesFor(3_368));
        Assert.True(BootstrapInterval.ResamplesFor(1_000_000) < BootstrapInterval.ResamplesFor(3_368));
    }

    private static double[] Sample(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => random.NextDouble() < 0.3 ? 1.0 : 0.0)];
    }
}

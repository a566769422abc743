using Loyalty.ML.Recommendations.Selection;

namespace Loyalty.ML.Tests.Recommendations.Selection;

public sealed class PairedComparisonTests
{
    [Fact]
    public void Of_ConstantGain_IsDistinguishableWithAnIntervalAroundIt()
    {
        double[] first = [.. Enumerable.Range(0, 200).Select(customer => (customer % 5) / 10.0)];
        double[] second = [.. first.Select(value => value - 0.05)];

        var comparison = PairedComparison.Of("a", "b", [(first, second)]);

        Assert.True(comparison.Distinguishable);
        Assert.InRange(comparison.Low, 0.0499, 0.0501);
        Assert.InRange(comparison.High, 0.0499, 0.0501);
    }

    [Fact]
    public void Of_GainsCancelling_IsNotDistinguishableAndPoolsEverySplit()
    {
        double[] first = [.. Enumerable.Range(0, 100).Select(customer => customer % 2 == 0 ? 1.0 : 0.0)];
        double[] second = [.. first.Select(value => 1 - value)];

        var comparison = PairedComparison.Of("a", "b", [(first, second), (second, first)]);

        Assert.False(comparison.Distinguishable);
        Assert.Equal(200, comparison.Customers);
        Assert.True(comparison.Low < 0 && comparison.High > 0);
        Assert.Contains("not distinguishable", comparison.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_PooledSplits_TheIntervalOfTheSeededRandomBootstrap()
    {
        var random = new Random(5);
        double[][] ndcg = [.. Enumerable.Range(0, 4).Select(_ => Enumerable.Range(0, 3_001).Select(_ => random.NextDouble() < 0.6 ? 0 : random.NextDouble()).ToArray())];

        var comparison = PairedComparison.Of("a", "b", [(ndcg[0], ndcg[1]), (ndcg[2], ndcg[3])]);

        double[] differences = [.. ndcg[0].Zip(ndcg[1], (a, b) => a - b), .. ndcg[2].Zip(ndcg[3], (a, b) => a - b)];
        var (low, high) = SeededRandomInterval(differences);
        Assert.Equal(6_002, comparison.Customers);
        Assert.Equal(differences.Average(), comparison.Difference);
        Assert.Equal(low, comparison.Low);
        Assert.Equal(high, comparison.High);
        Assert.True(low < high);
    }

    // The percentile bootstrap as first written: 1,000 resamples drawn by new Random(42).Next.
    private static (double Low, double High) SeededRandomInterval(double[] differences)
    {
        var random = new Random(42);
        var means = new double[1000];
        for (var resample = 0; resample < means.Length; resample++)
        {
            double sum = 0;
            for (var draw = 0; draw < differences.Length; draw++)
            {
                sum += differences[random.Next(differences.Length)];
            }

            means[resample] = sum / differences.Length;
        }

        Array.Sort(means);
        return (means[25], means[974]);
    }
}

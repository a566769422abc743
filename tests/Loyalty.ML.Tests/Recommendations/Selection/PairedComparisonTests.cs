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
}

using Loyalty.ML.Churn.Lifetime;

namespace Loyalty.ML.Tests.Churn.Lifetime;

public sealed class SpecialFunctionsTests
{
    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(5.0, 3.1780538303479458)]
    [InlineData(0.5, 0.57236494292470008)]
    [InlineData(0.1, 2.2527126517342059)]
    [InlineData(100.0, 359.13420536957540)]
    public void LogGamma_KnownValues_MatchToTwelveDigits(double x, double expected)
    {
        Assert.Equal(expected, SpecialFunctions.LogGamma(x), 10);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.9)]
    public void Hypergeometric2F1_OneOneTwo_IsMinusLogOneMinusZOverZ(double z)
    {
        Assert.Equal(-Math.Log(1 - z) / z, SpecialFunctions.Hypergeometric2F1(1, 1, 2, z), 9);
    }
}

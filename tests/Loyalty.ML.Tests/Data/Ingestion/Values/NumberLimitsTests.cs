using Loyalty.ML.Data.Ingestion.Values;

namespace Loyalty.ML.Tests.Data.Ingestion.Values;

public sealed class NumberLimitsTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(0.000_001, true)]
    [InlineData(-80_995, true)]
    [InlineData(1_000_000, true)]
    [InlineData(1e-320, false)]
    [InlineData(-0.000_000_9, false)]
    [InlineData(1_000_001, false)]
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void IsWithin_Quantity_TakesZeroAndSaneMagnitudesOnly(double value, bool within) =>
        Assert.Equal(within, NumberLimits.IsWithin(value, NumberLimits.Quantity));
}

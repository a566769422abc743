using Loyalty.ML.Segmentation.Kpis;


namespace Loyalty.ML.Tests.Segmentation.Kpis;

public sealed class LoyaltyRoiTests
{
    [Theory]
    [InlineData(1_500, 1_000, 50)]
    [InlineData(500, 1_000, -50)]
    [InlineData(0, 250, -100)]
    [InlineData(1_000, 1_000, 0)]
    public void Percent_RevenueAndCost_IsGainOverCost(double revenue, double cost, double expected)
    {
        Assert.Equal(expected, LoyaltyRoi.Percent(revenue, cost), 9);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Percent_CostNotPositive_ThrowsNamingCost(double cost)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LoyaltyRoi.Percent(100, cost));

        Assert.Equal("cost", error.ParamName);
    }

    [Fact]
    public void Percent_RevenueNotFinite_ThrowsNamingRevenue()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LoyaltyRoi.Percent(double.NaN, 100));

        Assert.Equal("revenue", error.ParamName);
    }
}

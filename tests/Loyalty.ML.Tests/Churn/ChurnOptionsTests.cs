using Loyalty.ML.Churn;

namespace Loyalty.ML.Tests.Churn;

public sealed class ChurnOptionsTests
{
    [Fact]
    public void Defaults_ArePinned()
    {
        var options = new ChurnOptions();

        Assert.Equal(90, options.HorizonDays);
        Assert.Equal(12, options.ClvMonths);
        Assert.Equal(0.01, options.ClvMonthlyDiscountRate);
        Assert.True(options.MediumRiskThreshold < options.HighRiskThreshold);
    }

    [Fact]
    public void BandOf_Thresholds_SplitLowMediumHigh()
    {
        var options = new ChurnOptions { MediumRiskThreshold = 0.4, HighRiskThreshold = 0.8 };

        Assert.Equal(RiskBand.Low, options.BandOf(0.39));
        Assert.Equal(RiskBand.Medium, options.BandOf(0.4));
        Assert.Equal(RiskBand.High, options.BandOf(0.8));
    }
}

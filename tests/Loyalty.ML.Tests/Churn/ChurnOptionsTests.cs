using Loyalty.ML.Churn;
using Loyalty.ML.Pipeline;

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
        Assert.Equal((100, 0.15), (options.NumberOfTrees, options.LearningRate));
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

    [Fact]
    public void Validate_Defaults_FindsNothing()
    {
        var options = new ChurnOptions();

        options.Validate();

        Assert.Empty(options.Problems());
    }

    [Fact]
    public void Validate_SettingsOutOfRange_NamesEveryOne()
    {
        var options = new ChurnOptions { HorizonDays = 3, MediumRiskThreshold = 0.8, HighRiskThreshold = 0.6, ClvMonths = 0, ClvMonthlyDiscountRate = -0.1 };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(4, options.Problems().Count);
        Assert.Contains("horizon must be 7–365 days, not 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("medium-risk threshold (0.8) must be below the high-risk threshold (0.6)", error.Message, StringComparison.Ordinal);
        Assert.Contains("CLV horizon must be 1–120 months, not 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("discount rate must be at least 0 and below 1, not -0.1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChurnStep_InvalidOptions_IsRefusedBeforeTraining()
    {
        Assert.Throws<ArgumentException>(() => new TrainingPipeline(new TrainingSettings { Churn = new ChurnOptions { HighRiskThreshold = 1.5 } }, TimeProvider.System));
    }
}

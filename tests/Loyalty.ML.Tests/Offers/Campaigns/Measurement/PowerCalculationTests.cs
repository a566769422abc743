using Loyalty.ML.Offers.Campaigns.Measurement;

namespace Loyalty.ML.Tests.Offers.Campaigns.Measurement;

public sealed class PowerCalculationTests
{
    [Fact]
    public void CustomersPerGroup_TenPercentBaseTwoPointLift_MatchesTheTextbookFormula()
    {
        // (1.959964 + 0.841621)² × (0.1 × 0.9 + 0.12 × 0.88) / 0.02² = 3838.1, rounded up.
        Assert.Equal(3839, PowerCalculation.CustomersPerGroup(0.1, 0.02));
    }

    [Fact]
    public void MinimumDetectableLift_GroupsOfTheSizeTheFormulaAsksFor_DetectAboutThatLift()
    {
        var lift = PowerCalculation.MinimumDetectableLift(0.11, 3839, 3839);

        Assert.InRange(lift, 0.019, 0.021);
    }
}

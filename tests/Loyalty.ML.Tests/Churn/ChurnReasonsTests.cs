using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Tests.Churn;

public sealed class ChurnReasonsTests
{
    [Fact]
    public void Describe_RecencyOfARegularBuyer_StatesDaysAndUsualGap()
    {
        var features = new float[ChurnSnapshot.FeatureCount];
        features[(int)ChurnFeature.RecencyDays] = 74;
        features[(int)ChurnFeature.MedianGapDays] = 21;

        Assert.Equal("no order for 74 days; usually every 21", ChurnReasons.Describe(features, ChurnFeature.RecencyDays));
    }

    [Fact]
    public void Describe_FeaturesTellingTheSameStory_GiveOneSentence()
    {
        var features = new float[ChurnSnapshot.FeatureCount];
        features[(int)ChurnFeature.RecencyDays] = 74;
        features[(int)ChurnFeature.MedianGapDays] = 21;
        features[(int)ChurnFeature.Orders90] = 0;
        (int, float)[] contributions = [((int)ChurnFeature.RecencyDays, 2f), ((int)ChurnFeature.RecencyOverMeanGap, 1.5f), ((int)ChurnFeature.Orders90, 1f)];

        var reasons = ChurnReasons.Choose(features, contributions, atRisk: true);

        Assert.Equal(["no order for 74 days; usually every 21", "0 orders in the last 90 days, spending 0"], reasons.Select(reason => reason.Sentence));
    }

    [Fact]
    public void Choose_AtRiskCustomer_ShowsARiskLoweringReasonOnlyAfterTheOthersAsACounterpoint()
    {
        var features = new float[ChurnSnapshot.FeatureCount];
        features[(int)ChurnFeature.RecencyDays] = 545;
        features[(int)ChurnFeature.MedianGapDays] = 30;
        features[(int)ChurnFeature.PurchaseDays] = 3;
        features[(int)ChurnFeature.TenureDays] = 700;
        features[(int)ChurnFeature.ProbabilityAlive] = 0.9f;
        features[(int)ChurnFeature.ProbabilityNoPurchase] = 0.3f;
        features[(int)ChurnFeature.Spend] = 80;
        (int, float)[] contributions = [((int)ChurnFeature.ProbabilityAlive, -3f), ((int)ChurnFeature.RecencyDays, 2f), ((int)ChurnFeature.Spend, 1f)];

        var reasons = ChurnReasons.Choose(features, contributions, atRisk: true);

        Assert.Equal(
            ["no order for 545 days; usually every 30", "spent 80 in total", "counterpoint: the BG/NBD purchase-pattern model on its own expects an order in the next 90 days (3 purchase days in 700 days, the last 545 days ago)"],
            reasons.Select(reason => reason.Sentence));
        Assert.All(reasons, reason => Assert.Equal(reason.Contribution < 0, reason.Counterpoint));
    }

    [Fact]
    public void Choose_CustomerNotAtRisk_LeadsWithWhatLowersTheRisk()
    {
        var features = new float[ChurnSnapshot.FeatureCount];
        features[(int)ChurnFeature.RecencyDays] = 5;
        features[(int)ChurnFeature.Orders30] = 4;
        (int, float)[] contributions = [((int)ChurnFeature.RecencyDays, 0.5f), ((int)ChurnFeature.Orders30, -2f)];

        var reasons = ChurnReasons.Choose(features, contributions, atRisk: false);

        Assert.Equal(["4 orders in the last 30 days", "counterpoint: no order for 5 days; only one purchase day so far"], reasons.Select(reason => reason.Sentence));
    }

    [Fact]
    public void Describe_ProbabilityAliveOfAOnePurchaseDayCustomer_IsNeverPresentedAsActivity()
    {
        var features = new float[ChurnSnapshot.FeatureCount];
        features[(int)ChurnFeature.PurchaseDays] = 1;
        features[(int)ChurnFeature.ProbabilityAlive] = 1;
        features[(int)ChurnFeature.ProbabilityNoPurchase] = 0.96f;
        (int, float)[] contributions = [((int)ChurnFeature.ProbabilityAlive, -3f), ((int)ChurnFeature.ProbabilityNoPurchase, 2f)];

        var reasons = ChurnReasons.Choose(features, contributions, atRisk: true, horizonDays: 90);

        Assert.Null(ChurnReasons.Describe(features, ChurnFeature.ProbabilityAlive));
        Assert.Equal(["the BG/NBD purchase-pattern model on its own expects no order in the next 90 days (1 purchase day in 0 days, the last today)"], reasons.Select(reason => reason.Sentence));
    }

    [Theory]
    [InlineData(0.2f, true)]
    [InlineData(0.8f, false)]
    public void Choose_BgNbdReadingAgainstTheWayTheReasonPoints_IsLeftOutAndNoProbabilityIsStated(float noPurchase, bool atRisk)
    {
        var features = new float[ChurnSnapshot.FeatureCount];
        features[(int)ChurnFeature.PurchaseDays] = 6;
        features[(int)ChurnFeature.TenureDays] = 300;
        features[(int)ChurnFeature.RecencyDays] = 40;
        features[(int)ChurnFeature.MedianGapDays] = 50;
        features[(int)ChurnFeature.ProbabilityNoPurchase] = noPurchase;
        features[(int)ChurnFeature.ProbabilityAlive] = 1 - noPurchase;
        var sign = atRisk ? 1f : -1f;
        (int, float)[] contributions = [((int)ChurnFeature.ProbabilityNoPurchase, 3f * sign), ((int)ChurnFeature.ExpectedPurchases, 2f * sign), ((int)ChurnFeature.RecencyDays, 1f * sign)];

        var reasons = ChurnReasons.Choose(features, contributions, atRisk);

        Assert.Equal(["no order for 40 days; usually every 50"], reasons.Select(reason => reason.Sentence));
        Assert.Null(ChurnReasons.Describe(features, ChurnFeature.ProbabilityNoPurchase, 90, raisesRisk: atRisk));
        Assert.Equal(
            $"the BG/NBD purchase-pattern model on its own expects {(atRisk ? "an order" : "no order")} in the next 90 days (6 purchase days in 300 days, the last 40 days ago)",
            ChurnReasons.Describe(features, ChurnFeature.ProbabilityAlive, 90, raisesRisk: !atRisk));
    }

    [Fact]
    public void Describe_EveryFeature_GivesASentenceWithTheCustomersNumbers()
    {
        var features = Enumerable.Range(1, ChurnSnapshot.FeatureCount).Select(value => (float)value).ToArray();

        foreach (var feature in Enum.GetValues<ChurnFeature>())
        {
            var text = ChurnReasons.Describe(features, feature);

            Assert.NotNull(text);
            Assert.Matches("^[a-z0-9].*[0-9]", text);
            Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        }
    }
}

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

        var reasons = ChurnReasons.Describe(features, contributions);

        Assert.Equal(["no order for 74 days; usually every 21", "0 orders in the last 90 days, spending 0"], reasons);
    }

    [Fact]
    public void Describe_EveryFeature_GivesASentenceWithTheCustomersNumbers()
    {
        var features = Enumerable.Range(1, ChurnSnapshot.FeatureCount).Select(value => (float)value).ToArray();

        foreach (var feature in Enum.GetValues<ChurnFeature>())
        {
            var text = ChurnReasons.Describe(features, feature);

            Assert.Matches("^[a-z0-9].*[0-9]", text);
            Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        }
    }
}

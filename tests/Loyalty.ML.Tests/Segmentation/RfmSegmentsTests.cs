using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Tests.Segmentation;

public sealed class RfmSegmentsTests
{
    [Theory]
    [InlineData(5, 5, 5, RfmSegments.Champions)]
    [InlineData(4, 4, 4, RfmSegments.Champions)]
    [InlineData(5, 5, 3, RfmSegments.Loyal)]
    [InlineData(3, 4, 5, RfmSegments.Loyal)]
    [InlineData(5, 3, 5, RfmSegments.PotentialLoyalists)]
    [InlineData(4, 2, 1, RfmSegments.PotentialLoyalists)]
    [InlineData(5, 1, 5, RfmSegments.New)]
    [InlineData(5, 1, 1, RfmSegments.New)]
    [InlineData(4, 1, 3, RfmSegments.Promising)]
    [InlineData(3, 3, 1, RfmSegments.NeedAttention)]
    [InlineData(3, 3, 5, RfmSegments.NeedAttention)]
    [InlineData(3, 2, 5, RfmSegments.AboutToSleep)]
    [InlineData(3, 1, 1, RfmSegments.AboutToSleep)]
    [InlineData(1, 5, 5, RfmSegments.CantLose)]
    [InlineData(2, 4, 4, RfmSegments.CantLose)]
    [InlineData(2, 5, 3, RfmSegments.AtRisk)]
    [InlineData(1, 3, 1, RfmSegments.AtRisk)]
    [InlineData(2, 2, 5, RfmSegments.Hibernating)]
    [InlineData(2, 1, 1, RfmSegments.Hibernating)]
    [InlineData(1, 2, 5, RfmSegments.Lost)]
    [InlineData(1, 1, 1, RfmSegments.Lost)]
    public void Of_Scores_FollowsTheDocumentedRule(int r, int f, int m, string expected)
    {
        Assert.Equal(expected, RfmSegments.Of(r, f, m));
    }

    [Fact]
    public void Of_EveryCombination_NamesEverySegmentSomewhere()
    {
        var named = new HashSet<string>();
        for (var r = 1; r <= 5; r++)
        {
            for (var f = 1; f <= 5; f++)
            {
                for (var m = 1; m <= 5; m++)
                {
                    named.Add(RfmSegments.Of(r, f, m));
                }
            }
        }

        Assert.Equal(RfmSegments.All.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(0, 3, 3)]
    [InlineData(3, 6, 3)]
    [InlineData(3, 3, -1)]
    public void Of_ScoreOutsideOneToFive_Throws(int r, int f, int m)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmSegments.Of(r, f, m));
    }
}

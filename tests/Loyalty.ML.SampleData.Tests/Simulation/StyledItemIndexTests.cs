using Loyalty.ML.SampleData.Simulation;

namespace Loyalty.ML.SampleData.Tests.Simulation;

public sealed class StyledItemIndexTests
{
    // Two groups of four items; popularity 4, 3, 2, 1 within each group.
    private static readonly int[] GroupStart = [0, 4, 8];
    private static readonly double[] Cumulative = [4, 7, 9, 10, 4, 7, 9, 10];
    private static readonly byte[] Style = [0, 1, 0, 2, 1, 0, 3, 0];

    [Fact]
    public void Pick_WantedStyle_DrawsInProportionToPopularityTimesAffinity()
    {
        var index = new StyledItemIndex(GroupStart, Cumulative, Style);
        var random = new SampleRandom(5, 0);
        var counts = new int[8];
        const int Draws = 200_000;

        for (var draw = 0; draw < Draws; draw++)
        {
            counts[index.Pick(1, 0, 5, ref random)]++;
        }

        double[] weights = [4, 3 * 5, 2, 1 * 5];
        for (var item = 0; item < 4; item++)
        {
            Assert.Equal(0, counts[item]);
            Assert.InRange(counts[4 + item] / (double)Draws, (weights[item] / weights.Sum()) - 0.01, (weights[item] / weights.Sum()) + 0.01);
        }
    }

    [Fact]
    public void Pick_StyleMissingFromTheGroup_DrawsByPopularityAlone()
    {
        var index = new StyledItemIndex(GroupStart, Cumulative, Style);
        var random = new SampleRandom(6, 0);
        var counts = new int[8];
        const int Draws = 100_000;

        for (var draw = 0; draw < Draws; draw++)
        {
            counts[index.Pick(0, 3, 5, ref random)]++;
        }

        for (var item = 0; item < 4; item++)
        {
            var expected = (Cumulative[item] - (item == 0 ? 0 : Cumulative[item - 1])) / 10;
            Assert.InRange(counts[item] / (double)Draws, expected - 0.01, expected + 0.01);
        }
    }
}

using Loyalty.ML.Recommendations.Selection;

namespace Loyalty.ML.Tests.Recommendations.Selection;

public sealed class SeededDrawsTests
{
    [Theory]
    [InlineData(42, 7_195)]
    [InlineData(0, 1)]
    [InlineData(-17, 19_024)]
    [InlineData(int.MinValue, 2)]
    [InlineData(int.MaxValue, int.MaxValue)]
    public void Next_MillionDraws_TheSequenceOfSeededRandom(int seed, int count)
    {
        var random = new Random(seed);
        var draws = new SeededDraws(seed);

        for (var draw = 0; draw < 1_000_000; draw++)
        {
            Assert.Equal(random.Next(count), draws.Next(count));
        }
    }
}

using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Tests.Segmentation;

public sealed class QuintileScorerTests
{
    [Fact]
    public void Score_DistinctValues_GivesEachFifthItsBand()
    {
        var scores = QuintileScorer.Score([7, 1, 10, 4, 2, 9, 3, 8, 5, 6], higherIsBetter: true);

        Assert.Equal([4, 1, 5, 2, 1, 5, 2, 4, 3, 3], scores);
    }

    [Fact]
    public void Score_TiedValues_ShareTheScoreOfTheFirstOfThemInRankOrder()
    {
        // Six customers with one order: none is worse than them, so all score 1 and bands 2 and 3 stay empty.
        var scores = QuintileScorer.Score([1, 1, 1, 1, 1, 1, 2, 3, 4, 5], higherIsBetter: true);

        Assert.Equal([1, 1, 1, 1, 1, 1, 4, 4, 5, 5], scores);
    }

    [Fact]
    public void Score_TieAtTheTop_SharesOneScore()
    {
        var scores = QuintileScorer.Score([1, 2, 3, 9, 9], higherIsBetter: true);

        Assert.Equal([1, 2, 3, 4, 4], scores);
    }

    [Fact]
    public void Score_LowerIsBetter_ScoresTheSmallestHighestAndTiesTogether()
    {
        var scores = QuintileScorer.Score([10, 50, 20, 40, 30, 10], higherIsBetter: false);

        Assert.Equal([4, 1, 3, 1, 2, 4], scores);
    }

    [Fact]
    public void Score_AllEqual_AllScoreOne()
    {
        Assert.All(QuintileScorer.Score([3, 3, 3], higherIsBetter: true), score => Assert.Equal(1, score));
    }

    [Fact]
    public void Score_NoValues_ReturnsNoScores()
    {
        Assert.Empty(QuintileScorer.Score([], higherIsBetter: true));
    }
}

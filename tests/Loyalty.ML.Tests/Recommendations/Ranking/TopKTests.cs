using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Tests.Recommendations.Ranking;

public sealed class TopKTests
{
    [Fact]
    public void Select_RandomScores_MatchesFullSort()
    {
        var random = new Random(1);
        var scores = Enumerable.Range(0, 5000).Select(_ => (float)random.NextDouble()).ToArray();
        var best = new int[10];

        var found = TopK.Select(scores, best);

        var expected = Enumerable.Range(0, scores.Length).OrderByDescending(item => scores[item]).Take(10).ToArray();
        Assert.Equal(10, found);
        Assert.Equal(expected, best);
    }

    [Fact]
    public void Select_NegativeInfinityAndRejected_AreNeverSelected()
    {
        float[] scores = [5, float.NegativeInfinity, 3, 9, float.NaN, 1];
        var best = new int[5];

        var found = TopK.Select(scores, best, item => item != 3);

        Assert.Equal([0, 2, 5], best[..found]);
    }

    [Fact]
    public void Select_Ties_PreferLowerIndex()
    {
        float[] scores = [1, 2, 2, 2];
        var best = new int[2];

        TopK.Select(scores, best);

        Assert.Equal([1, 2], best);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Select_CoarseScoresWithTiesNaNAndFilter_MatchesFullSortOfTheAccepted(int seed)
    {
        var random = new Random(seed);
        var scores = Enumerable.Range(0, 1003)
            .Select(_ => random.Next(50) switch { 0 => float.NaN, 1 => float.NegativeInfinity, var value => value / 7f })
            .ToArray();
        var best = new int[25];

        var found = TopK.Select(scores, best, item => item % 5 != 0);

        var expected = Enumerable.Range(0, scores.Length)
            .Where(item => item % 5 != 0 && scores[item] > float.NegativeInfinity)
            .OrderByDescending(item => scores[item]).ThenBy(item => item).Take(25).ToArray();
        Assert.Equal(expected, best[..found]);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void NextAbove_ScoresWithNaNAndInfinities_IsTheFirstIndexAboveTheLimitFromAnyStart(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 300; round++)
        {
            var scores = Enumerable.Range(0, random.Next(0, 140))
                .Select(_ => random.Next(40) switch { 0 => float.NaN, 1 => float.NegativeInfinity, 2 => float.PositiveInfinity, var value => value / 9f })
                .ToArray();
            var from = random.Next(0, scores.Length + 1);
            var limit = random.Next(3) == 0 ? float.NegativeInfinity : random.Next(45) / 9f;

            var found = TopK.NextAbove(scores, from, limit);

            var expected = Enumerable.Range(from, scores.Length - from).Where(item => scores[item] > limit).DefaultIfEmpty(scores.Length).First();
            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public void Select_RisingScoresThatAllEnterTheHeap_MatchesFullSort()
    {
        var scores = Enumerable.Range(0, 1001).Select(item => item / 4 / 10f).ToArray();
        var best = new int[7];

        var found = TopK.Select(scores, best);

        var expected = Enumerable.Range(0, scores.Length).OrderByDescending(item => scores[item]).ThenBy(item => item).Take(7).ToArray();
        Assert.Equal(expected, best[..found]);
    }
}

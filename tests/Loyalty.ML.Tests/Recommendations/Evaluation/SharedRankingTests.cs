using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Tests.Recommendations.Evaluation;

public sealed class SharedRankingTests
{
    [Fact]
    public void Take_TiesInfinitiesNaNAndRefusedItems_GivesTheTopKSelectionsList()
    {
        var random = new Random(7);
        var scores = Enumerable.Range(0, 3_000).Select(item => item % 97 == 0 ? float.NaN : item % 89 == 0 ? float.NegativeInfinity : random.Next(40)).Select(score => (float)score).ToArray();
        var order = SharedRanking.Order(scores);

        for (var customer = 0; customer < 50; customer++)
        {
            var refused = Enumerable.Range(0, 200).Select(_ => random.Next(scores.Length)).ToHashSet();
            bool Accept(int item) => !refused.Contains(item);
            var expected = new int[10];
            var expectedFound = TopK.Select(scores, expected, Accept);
            var best = new int[10];

            var found = SharedRanking.Take(order, best, Accept);

            Assert.Equal(expected[..expectedFound], best[..found]);
        }
    }
}

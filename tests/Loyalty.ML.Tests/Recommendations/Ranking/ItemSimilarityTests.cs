using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Tests.Recommendations.Ranking;

public sealed class ItemSimilarityTests
{
    [Fact]
    public void Nearest_AmongSomeItems_SameAnswerAsRejectingTheOthers()
    {
        var similarity = RandomSimilarity(items: 200, factors: 16, seed: 7);
        var among = Enumerable.Range(0, 200).Where(item => item % 3 == 0 || item == 5).ToArray();
        var members = among.ToHashSet();
        Func<int, bool> accept = item => item % 4 != 1;

        var scanned = similarity.Nearest(5, 10, item => members.Contains(item) && accept(item));
        var restricted = similarity.Nearest(5, 10, accept, among);

        Assert.Equal(10, restricted.Count);
        Assert.Equal(scanned, restricted);
        Assert.DoesNotContain(restricted, ranked => ranked.Item == 5);
    }

    [Fact]
    public void Nearest_AmongFewerThanCount_ReturnsWhatPasses()
    {
        var similarity = RandomSimilarity(items: 20, factors: 8, seed: 3);

        var restricted = similarity.Nearest(0, 5, _ => true, [0, 4, 9]);

        Assert.Equal([4, 9], restricted.Select(ranked => ranked.Item).Order());
    }

    private static ItemSimilarity RandomSimilarity(int items, int factors, int seed)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, items * factors).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        return new ItemSimilarity(new AlsFactors(0, items, factors, [], values));
    }
}

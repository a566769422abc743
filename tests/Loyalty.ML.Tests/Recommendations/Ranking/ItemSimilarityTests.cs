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

    [Fact]
    public void Nearest_FromDotsOfABatch_SameAnswerAsScanningForEachItem()
    {
        var similarity = RandomSimilarity(items: 700, factors: 16, seed: 11);
        int[] items = [5, 0, 699, 340];
        var dots = new float[items.Length * 700];

        similarity.Dots(items, dots);

        for (var index = 0; index < items.Length; index++)
        {
            Assert.Equal(similarity.Nearest(items[index], 10, item => item % 5 != 2), similarity.Nearest(items[index], 10, item => item % 5 != 2, dots.AsSpan(index * 700, 700)));
        }
    }

    [Fact]
    public void Nearest_WholeCatalogWithItemsWithoutFactors_SameScoresAsOneDivisionPerItem()
    {
        var similarity = RandomSimilarity(items: 300, factors: 16, seed: 5, withoutFactors: [0, 17, 299]);
        var every = Enumerable.Range(0, 300).ToArray();

        foreach (var item in new[] { 3, 17, 298 })
        {
            var whole = similarity.Nearest(item, 299, _ => true);

            Assert.Equal(similarity.Nearest(item, 299, _ => true, every), whole);
            Assert.DoesNotContain(whole, ranked => ranked.Item is 0 or 17 or 299 || ranked.Item == item);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(21)]
    [InlineData(64)]
    [InlineData(101)]
    public void Nearest_AnyCatalogSize_SameScoreBitsFromTheBatchDotsAsOneDivisionPerItem(int items)
    {
        var similarity = RandomSimilarity(items, factors: 8, seed: items, withoutFactors: [1]);
        var every = Enumerable.Range(0, items).ToArray();
        var dots = new float[items];
        similarity.Dots([2], dots);

        var fromDots = similarity.Nearest(2, items, _ => true, dots);
        var divided = similarity.Nearest(2, items, _ => true, every);

        Assert.Equal(items - 2, fromDots.Count);
        Assert.Equal(divided.Select(ranked => (ranked.Item, BitConverter.SingleToInt32Bits(ranked.Score))), fromDots.Select(ranked => (ranked.Item, BitConverter.SingleToInt32Bits(ranked.Score))));
    }

    private static ItemSimilarity RandomSimilarity(int items, int factors, int seed, int[]? withoutFactors = null)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, items * factors).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        foreach (var item in withoutFactors ?? [])
        {
            values.AsSpan(item * factors, factors).Clear();
        }

        return new ItemSimilarity(new AlsFactors(0, items, factors, [], values));
    }
}

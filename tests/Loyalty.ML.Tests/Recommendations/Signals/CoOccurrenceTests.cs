using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Tests.Recommendations.Signals;

public sealed class CoOccurrenceTests
{
    // Baskets: {0,1}, {0,1,2}, {0,2}, {3}.
    private static readonly CsrMatrix Baskets = new(4, 4, [0, 2, 5, 7, 8], [0, 1, 0, 1, 2, 0, 2, 3], [1, 1, 1, 1, 1, 1, 1, 1]);

    [Fact]
    public void Build_Jaccard_MatchesHandComputedSimilarities()
    {
        var neighbors = CoOccurrence.Build(Baskets, CoOccurrenceMeasure.Jaccard, int.MaxValue, threads: 1);

        // item 1: with 0 → 2 shared / (3 + 2 − 2) = 2/3; with 2 → 1 / (2 + 2 − 1) = 1/3.
        Assert.Equal([0, 2], neighbors.Of(1).ToArray());
        Assert.Equal(2f / 3, neighbors.ScoresOf(1)[0], 5);
        Assert.Equal(1f / 3, neighbors.ScoresOf(1)[1], 5);
        Assert.True(neighbors.Of(3).IsEmpty);
    }

    [Fact]
    public void Build_ConditionalWithOneNeighbour_KeepsTheBestAndNeverTheItem()
    {
        var neighbors = CoOccurrence.Build(Baskets, CoOccurrenceMeasure.Conditional, maxNeighbors: 1, threads: 2);

        for (var item = 0; item < 3; item++)
        {
            Assert.Equal(1, neighbors.Of(item).Length);
            Assert.NotEqual(item, neighbors.Of(item)[0]);
        }

        Assert.Equal(0, neighbors.Of(2)[0]);
        Assert.Equal(1f, neighbors.ScoresOf(2)[0]);
    }

    [Fact]
    public void Build_EveryNeighbourKept_IsOrderedLikeTheTopOfAShorterList()
    {
        var random = new Random(5);
        var rows = Enumerable.Range(0, 300).Select(_ => Enumerable.Range(0, 40).Where(_ => random.NextDouble() < 0.15).ToArray()).ToArray();
        var offsets = rows.Select(row => row.Length).Prepend(0).ToArray();
        for (var row = 1; row < offsets.Length; row++)
        {
            offsets[row] += offsets[row - 1];
        }

        var groups = new CsrMatrix(rows.Length, 40, offsets, [.. rows.SelectMany(row => row)], [.. rows.SelectMany(row => row.Select(_ => 1f))]);

        var all = CoOccurrence.Build(groups, CoOccurrenceMeasure.Jaccard, int.MaxValue, threads: 1);
        var shorter = CoOccurrence.Build(groups, CoOccurrenceMeasure.Jaccard, maxNeighbors: 20, threads: 1);

        for (var item = 0; item < 40; item++)
        {
            Assert.True(all.Of(item).Length > 20, $"item {item} has {all.Of(item).Length} neighbours");
            Assert.Equal(shorter.Of(item).ToArray(), all.Of(item)[..20].ToArray());
            Assert.Equal(shorter.ScoresOf(item).ToArray(), all.ScoresOf(item)[..20].ToArray());
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(20)]
    [InlineData(1_000)]
    public void Best_OfEveryNeighbourUnsorted_SameListsAsABuildKeepingThatMany(int keep)
    {
        var baskets = RandomBaskets(seed: keep);

        var all = CoOccurrence.Build(baskets, CoOccurrenceMeasure.Jaccard, int.MaxValue, threads: 2, sorted: false);
        var best = Best(all, keep);

        var built = CoOccurrence.Build(baskets, CoOccurrenceMeasure.Jaccard, keep, threads: 1);
        Assert.Equal(built.Offsets, best.Offsets);
        Assert.Equal(built.Neighbors, best.Neighbors);
        Assert.Equal(built.Scores, best.Scores);
    }

    [Fact]
    public void Best_OfListsCutShorter_SameListsAsABuildKeepingThatMany()
    {
        var baskets = RandomBaskets(seed: 5);

        var best = Best(CoOccurrence.Build(baskets, CoOccurrenceMeasure.Jaccard, 12, threads: 2, sorted: false), 5);

        Assert.Equal(CoOccurrence.Build(baskets, CoOccurrenceMeasure.Jaccard, 5, threads: 1).Neighbors, best.Neighbors);
    }

    [Theory]
    [InlineData(65)]
    [InlineData(120)]
    [InlineData(200)]
    public void Build_KeepingMoreThanTheHeapSorts_SameListsAsTopKOverEveryNeighbour(int keep)
    {
        var baskets = RandomBaskets(seed: keep, items: 400, mostPerCustomer: 60);
        var every = CoOccurrence.Build(baskets, CoOccurrenceMeasure.Jaccard, int.MaxValue, threads: 1, sorted: false);

        var built = CoOccurrence.Build(baskets, CoOccurrenceMeasure.Jaccard, keep, threads: 2);

        Assert.Contains(Enumerable.Range(0, 400), item => every.Of(item).Length > keep);
        for (var item = 0; item < 400; item++)
        {
            var best = new int[Math.Min(keep, every.Of(item).Length)];
            var found = TopK.Select(every.ScoresOf(item), best);
            Assert.Equal(best[..found].Select(index => every.Of(item)[index]), built.Of(item).ToArray());
        }
    }

    [Fact]
    public void Best_OfSortedLists_SameListsAsABuildKeepingThatMany()
    {
        var baskets = RandomBaskets(seed: 9, items: 400, mostPerCustomer: 60);

        var best = Best(CoOccurrence.Build(baskets, CoOccurrenceMeasure.Jaccard, 320, threads: 2), 200);

        var built = CoOccurrence.Build(baskets, CoOccurrenceMeasure.Jaccard, 200, threads: 1);
        Assert.Equal(built.Offsets, best.Offsets);
        Assert.Equal(built.Neighbors, best.Neighbors);
        Assert.Equal(built.Scores, best.Scores);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Build_AskedItems_ListsOnlyThemAsABuildOfEveryItemDoes(bool sorted)
    {
        var baskets = RandomBaskets(seed: 3, items: 90);
        var asked = Enumerable.Range(0, 90).Select(item => item % 3 == 1).ToArray();

        var every = CoOccurrence.Build(baskets, CoOccurrenceMeasure.Jaccard, 20, threads: 1, sorted: sorted);
        var some = CoOccurrence.Build(baskets, CoOccurrenceMeasure.Jaccard, 20, threads: 2, sorted: sorted, asked: asked);

        for (var item = 0; item < 90; item++)
        {
            Assert.Equal(asked[item] ? every.Of(item).ToArray() : [], some.Of(item).ToArray());
            Assert.Equal(asked[item] ? every.ScoresOf(item).ToArray() : [], some.ScoresOf(item).ToArray());
        }

        Assert.Contains(Enumerable.Range(0, 90), item => !asked[item] && every.Of(item).Length > 0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Build_OneWorkerForEveryItem_EachItemGetsExactlyItsSupportedPairs(int minSupport)
    {
        var baskets = RandomBaskets(seed: 11, items: 150, mostPerCustomer: 30);
        var groups = baskets.Transpose();

        var built = CoOccurrence.Build(baskets, CoOccurrenceMeasure.Shrunk, int.MaxValue, threads: 1, minSupport: minSupport, shrinkage: 2.5);

        for (var item = 0; item < 150; item++)
        {
            var expected = new Dictionary<int, float>();
            for (var other = 0; other < 150; other++)
            {
                var shared = groups.RowIndices(item).ToArray().Intersect(groups.RowIndices(other).ToArray()).Count();
                if (other != item && shared > 0 && shared >= minSupport)
                {
                    expected[other] = shared / (groups.RowLength(item) + 2.5f);
                }
            }

            var neighbors = built.Of(item).ToArray();
            var scores = built.ScoresOf(item).ToArray();
            Assert.Equal(expected, neighbors.Zip(scores).ToDictionary(pair => pair.First, pair => pair.Second));
        }

        Assert.Contains(Enumerable.Range(0, 150), item => built.Of(item).Length > 0);
    }

    [Theory]
    [InlineData(int.MaxValue, false)]
    [InlineData(int.MaxValue, true)]
    [InlineData(15, true)]
    public void BuildChunks_ItemsOverSeveralChunks_SameListsAsBuildAndTheSameBest(int maxNeighbors, bool sorted)
    {
        // 150 items: two full chunks of 64 and a partial one; every third item not asked.
        var baskets = RandomBaskets(seed: 13, items: 150, mostPerCustomer: 30);
        var asked = Enumerable.Range(0, 150).Select(item => item % 3 != 2).ToArray();

        var built = CoOccurrence.Build(baskets, CoOccurrenceMeasure.Jaccard, maxNeighbors, threads: 1, sorted: sorted, asked: asked);
        var chunks = CoOccurrence.BuildChunks(baskets, CoOccurrenceMeasure.Jaccard, maxNeighbors, threads: 2, sorted, asked, lists => (All: lists, Best: CoOccurrence.BestOfEach(lists, 10)));

        Assert.Equal([CoOccurrence.ItemsPerChunk, CoOccurrence.ItemsPerChunk, 150 - (2 * CoOccurrence.ItemsPerChunk)], chunks.Select(chunk => chunk.All.Length));
        var lists = chunks.SelectMany(chunk => chunk.All).ToArray();
        for (var item = 0; item < 150; item++)
        {
            Assert.Equal(built.Of(item).ToArray(), lists[item].Neighbors);
            Assert.Equal(built.ScoresOf(item).ToArray(), lists[item].Scores);
        }

        Assert.Contains(Enumerable.Range(128, 22), item => asked[item] && lists[item].Neighbors.Length > 10);
        var fromChunks = ItemNeighbors.Pack([.. chunks.SelectMany(chunk => chunk.Best)]);
        var fromBuilt = Best(built, 10);
        Assert.Equal(fromBuilt.Offsets, fromChunks.Offsets);
        Assert.Equal(fromBuilt.Neighbors, fromChunks.Neighbors);
        Assert.Equal(fromBuilt.Scores, fromChunks.Scores);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(int.MaxValue)]
    public void BuildEach_SeveralScoringsFromOneCount_EachTheListsOfItsOwnBuild(int maxNeighbors)
    {
        // 150 items over three chunks; every third not asked; scorings whose supports and scores differ.
        var baskets = RandomBaskets(seed: 17, items: 150, mostPerCustomer: 30);
        var asked = Enumerable.Range(0, 150).Select(item => item % 3 != 1).ToArray();
        CoOccurrenceScoring[] scorings =
        [
            new(CoOccurrenceMeasure.Conditional),
            new(CoOccurrenceMeasure.Shrunk, minSupport: 3, shrinkage: 10),
            new(CoOccurrenceMeasure.Jaccard),
            new(CoOccurrenceMeasure.Shrunk, minSupport: 2, shrinkage: 2.5),
        ];

        var each = CoOccurrence.BuildEach(baskets, scorings, maxNeighbors, threads: 2, asked: asked);

        Assert.Equal(scorings.Length, each.Length);
        for (var which = 0; which < scorings.Length; which++)
        {
            var scoring = scorings[which];
            var alone = CoOccurrence.Build(baskets, scoring.Measure, maxNeighbors, threads: 1, scoring.MinSupport, scoring.Shrinkage, asked: asked);
            Assert.Equal(alone.Offsets, each[which].Offsets);
            Assert.Equal(alone.Neighbors, each[which].Neighbors);
            Assert.Equal(alone.Scores, each[which].Scores);
        }

        // The scorings give different lists, so one read in place of another would show.
        for (var which = 1; which < scorings.Length; which++)
        {
            Assert.All(each[..which], other => Assert.NotEqual(other.Scores, each[which].Scores));
        }

        if (maxNeighbors == int.MaxValue)
        {
            Assert.NotEqual(each[0].Offsets, each[1].Offsets);
        }
    }

    // 300 customers buying 2 to mostPerCustomer of the items: small counts, so many tied similarities.
    // Each item's best keep of all's lists, packed: what the item-kNN baseline's chunks give the candidate.
    private static ItemNeighbors Best(ItemNeighbors all, int keep) => ItemNeighbors.Pack(CoOccurrence.BestOfEach(all.Unpacked(), keep));

    private static CsrMatrix RandomBaskets(int seed, int items = 60, int mostPerCustomer = 12)
    {
        var random = new Random(seed);
        var offsets = new List<int> { 0 };
        var indices = new List<int>();
        for (var customer = 0; customer < 300; customer++)
        {
            indices.AddRange(Enumerable.Range(0, random.Next(2, mostPerCustomer + 1)).Select(_ => random.Next(items)).Distinct().Order());
            offsets.Add(indices.Count);
        }

        return new CsrMatrix(300, items, [.. offsets], [.. indices], [.. indices.Select(_ => 1f)]);
    }
}

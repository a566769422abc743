using Loyalty.ML.Recommendations.Als;
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
}

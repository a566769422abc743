using CsCheck;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Tests.Recommendations.Evaluation;

public sealed class ItemKnnListsTests
{
    [Fact]
    public void AddTo_RandomListsInBlocks_SameBitsAsSummingTheLists()
    {
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 200], Gen.Int[1, 70]).Sample(
            (seed, items, itemsPerBlock) => AssertSameSums(new Random(seed), items, itemsPerBlock),
            iter: 200,
            threads: 1);
    }

    [Fact]
    public void AddTo_CatalogOverTwoByteIndices_SameBitsAsSummingTheLists()
    {
        // 70,000 items, one in 50 with a list: neighbours past 65,535 need 4-byte indices.
        Gen.Int[0, int.MaxValue].Sample(seed => AssertSameSums(new Random(seed), 70_000, 64, mostNeighbors: 500, listedOneIn: 50), iter: 5, threads: 1);
    }

    [Fact]
    public void Pack_ListsOverMostOfTheCatalog_DenseRowsSmallerThanTheirLists()
    {
        // Two items of ten: one with nine neighbours (a row of 10 floats, 40 bytes, under 9 × 6 bytes), one with two.
        var block = ItemKnnLists.Block.Pack([([1, 2, 3, 4, 5, 6, 7, 8, 9], [.. Enumerable.Repeat(0.5f, 9)]), ([3, 1], [0.25f, 0.75f])], 10);
        var lists = new ItemKnnLists([block], 2, 10);
        var scores = new float[10];

        lists.AddTo(0, scores);
        lists.AddTo(1, scores);

        Assert.Equal([0, 1.25f, 0.5f, 0.75f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f], scores);
        Assert.Equal((2 * sizeof(ushort)) + ((10 + 2) * sizeof(float)), block.Bytes);
    }

    private static void AssertSameSums(Random random, int items, int itemsPerBlock, int? mostNeighbors = null, int listedOneIn = 1)
    {
        var lists = Enumerable.Range(0, items).Select(_ => random.Next(listedOneIn) == 0 ? RandomList(random, items, mostNeighbors ?? items) : ([], [])).ToArray();
        var blocks = lists.Chunk(itemsPerBlock).Select(chunk => ItemKnnLists.Block.Pack(chunk, items)).ToArray();
        var packed = new ItemKnnLists(blocks, itemsPerBlock, items);
        var copied = ItemKnnLists.From(ItemNeighbors.Pack(lists));
        var (expected, fromBlocks, fromCopy) = (new float[items], new float[items], new float[items]);
        for (var customer = 0; customer < 5; customer++)
        {
            Array.Clear(expected);
            Array.Clear(fromBlocks);
            Array.Clear(fromCopy);
            foreach (var item in Enumerable.Range(0, items).Where(_ => random.Next(3) == 0))
            {
                var (neighbors, scores) = lists[item];
                for (var entry = 0; entry < neighbors.Length; entry++)
                {
                    expected[neighbors[entry]] += scores[entry];
                }

                packed.AddTo(item, fromBlocks);
                copied.AddTo(item, fromCopy);
            }

            Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), fromBlocks.Select(BitConverter.SingleToInt32Bits));
            Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), fromCopy.Select(BitConverter.SingleToInt32Bits));
        }
    }

    // Distinct neighbours in random order with positive scores: none, a few, or most of the catalog (dense rows).
    private static (int[] Neighbors, float[] Scores) RandomList(Random random, int items, int mostNeighbors)
    {
        var count = Math.Min(mostNeighbors, random.Next(3) switch { 0 => 0, 1 => random.Next((items / 4) + 1), _ => random.Next(items + 1) });
        var neighbors = new HashSet<int>();
        while (neighbors.Count < count)
        {
            neighbors.Add(random.Next(items));
        }

        var scores = neighbors.Select(_ => (float)Math.Pow(10, (random.NextDouble() * 6) - 3)).ToArray();
        return ([.. neighbors], scores);
    }
}

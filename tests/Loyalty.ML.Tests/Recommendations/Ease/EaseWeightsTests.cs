using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Ease;

namespace Loyalty.ML.Tests.Recommendations.Ease;

public sealed class EaseWeightsTests
{
    // Five customers × four items, 1 where bought.
    private static readonly int[][] Bought = [[0, 1], [0, 1, 2], [1, 2], [2, 3], [0, 3]];

    [Fact]
    public void Fit_SmallExample_MatchesTheClosedFormComputedByBruteForce()
    {
        const float lambda = 2f;
        var weights = EaseWeights.Fit(Matrix(Bought, 4), lambda, maxItems: 4, threads: 1);

        var expected = BruteForce(Bought, 4, lambda);
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                Assert.InRange(weights.Weights[(weights.Column[i] * 4) + weights.Column[j]], expected[i, j] - 1e-5, expected[i, j] + 1e-5);
            }
        }
    }

    [Fact]
    public void AddScores_BoughtItems_AddTheirRowsOfB()
    {
        var weights = EaseWeights.Fit(Matrix(Bought, 4), 2f, maxItems: 4, threads: 1);
        var expected = BruteForce(Bought, 4, 2f);
        var scores = new float[4];

        weights.AddScores([0, 3], scores, new float[4]);

        for (var j = 0; j < 4; j++)
        {
            Assert.InRange(scores[j], expected[0, j] + expected[3, j] - 1e-5, expected[0, j] + expected[3, j] + 1e-5);
        }
    }

    [Fact]
    public void Fit_MoreItemsThanTheLimit_ModelsTheMostBoughtAndLeavesTheRestUnscored()
    {
        var weights = EaseWeights.Fit(Matrix(Bought, 4), 2f, maxItems: 2, threads: 1);

        // Items 0, 1 and 2 have three customers each (the lower index wins the tie), item 3 two.
        Assert.Equal([0, 1], weights.Items);
        Assert.Equal([0, 1, -1, -1], weights.Column);
        var scores = new float[4];
        weights.AddScores([0, 2, 3], scores, new float[2]);
        Assert.NotEqual(0f, scores[1]);
        Assert.Equal(0f, scores[2]);
        Assert.Equal(0f, scores[3]);
    }

    [Fact]
    public void Neighbors_ItemsBoughtTogether_ComeFirstAndNeverTheItemItself()
    {
        var weights = EaseWeights.Fit(Matrix(Bought, 4), 0.5f, maxItems: 4, threads: 1);

        var neighbors = weights.Neighbors(2);

        for (var item = 0; item < 4; item++)
        {
            Assert.DoesNotContain(item, neighbors.Of(item).ToArray());
            Assert.All(neighbors.ScoresOf(item).ToArray(), score => Assert.True(score > 0));
        }
    }

    [Fact]
    public void Fit_ManyItemsOnTwoThreads_MatchesTheClosedFormComputedByBruteForce()
    {
        var bought = RandomBaskets(customers: 300, items: 40, seed: 5);

        var weights = EaseWeights.Fit(Matrix(bought, 40), 4f, maxItems: 40, threads: 2);

        var expected = BruteForce(bought, 40, 4f);
        for (var i = 0; i < 40; i++)
        {
            for (var j = 0; j < 40; j++)
            {
                Assert.InRange(weights.Weights[(weights.Column[i] * 40) + weights.Column[j]], expected[i, j] - 1e-4, expected[i, j] + 1e-4);
            }
        }
    }

    // 700 items: several bands of the Gram's rows, three ranges of the sweep's copies, lists for every item.
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Fit_OneOrMoreThreads_SameWeightBitsAndSameNeighbourLists(int threads)
    {
        var bought = Matrix(RandomBaskets(customers: 2_000, items: 700, seed: 7), 700);

        var one = EaseWeights.Fit(bought, 8f, maxItems: 650, threads: 1);
        var many = EaseWeights.Fit(bought, 8f, maxItems: 650, threads);

        Assert.Equal(one.Items, many.Items);
        Assert.Equal(one.Weights, many.Weights);
        var asked = Enumerable.Range(0, 700).Select(item => item % 3 != 0).ToArray();
        var listsOne = one.Neighbors(10, asked, threads: 1);
        var listsMany = many.Neighbors(10, asked, threads);
        Assert.Equal(listsOne.Offsets, listsMany.Offsets);
        Assert.Equal(listsOne.Neighbors, listsMany.Neighbors);
        Assert.Equal(listsOne.Scores, listsMany.Scores);
        Assert.True(listsOne.Neighbors.Length > 0);
    }

    // Each customer buys a few distinct items, lower indices more often, in no particular order.
    private static int[][] RandomBaskets(int customers, int items, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, customers).Select(_ => Enumerable.Range(0, random.Next(1, 12)).Select(_ => (int)(items * Math.Pow(random.NextDouble(), 2))).Distinct().Order().ToArray())];
    }

    // B = I − P·diag(1/diag(P)), P = (XᵀX + λI)⁻¹, in double by Gauss–Jordan with partial pivoting.
    private static double[,] BruteForce(int[][] bought, int items, double lambda)
    {
        var a = new double[items, 2 * items];
        foreach (var row in bought)
        {
            foreach (var i in row)
            {
                foreach (var j in row)
                {
                    a[i, j]++;
                }
            }
        }

        for (var i = 0; i < items; i++)
        {
            a[i, i] += lambda;
            a[i, items + i] = 1;
        }

        for (var column = 0; column < items; column++)
        {
            var pivot = Enumerable.Range(column, items - column).MaxBy(row => Math.Abs(a[row, column]));
            for (var k = 0; k < 2 * items; k++)
            {
                (a[column, k], a[pivot, k]) = (a[pivot, k], a[column, k]);
            }

            var scale = a[column, column];
            for (var k = 0; k < 2 * items; k++)
            {
                a[column, k] /= scale;
            }

            for (var row = 0; row < items; row++)
            {
                var factor = a[row, column];
                for (var k = 0; row != column && k < 2 * items; k++)
                {
                    a[row, k] -= factor * a[column, k];
                }
            }
        }

        var b = new double[items, items];
        for (var i = 0; i < items; i++)
        {
            for (var j = 0; j < items; j++)
            {
                b[i, j] = i == j ? 0 : -a[i, items + j] / a[j, items + j];
            }
        }

        return b;
    }

    private static CsrMatrix Matrix(int[][] rows, int items)
    {
        var offsets = new int[rows.Length + 1];
        for (var row = 0; row < rows.Length; row++)
        {
            offsets[row + 1] = offsets[row] + rows[row].Length;
        }

        var indices = rows.SelectMany(row => row).ToArray();
        return new CsrMatrix(rows.Length, items, offsets, indices, [.. indices.Select(_ => 1f)]);
    }
}

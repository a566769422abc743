using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Tests.Recommendations.Als;

public sealed class RowDotsTests
{
    [Theory]
    [InlineData(64, 1)]
    [InlineData(64, 7)]
    [InlineData(64, 50)]
    [InlineData(8, 9)]
    [InlineData(24, 10)]
    [InlineData(10, 5)]
    [InlineData(3, 4)]
    public void Compute_AnyWidthAndRowCount_MatchesScalarDotPerRow(int k, int rows)
    {
        var random = new Random(k * 1000 + rows);
        var matrix = Enumerable.Range(0, k * rows).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var x = Enumerable.Range(0, k).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var scores = new float[rows];

        RowDots.Compute(matrix, k, x, scores);

        for (var row = 0; row < rows; row++)
        {
            var expected = Enumerable.Range(0, k).Sum(f => (double)matrix[(row * k) + f] * x[f]);
            Assert.InRange(scores[row], expected - 1e-5, expected + 1e-5);
        }
    }

    [Theory]
    [InlineData(64, 9)]
    [InlineData(10, 6)]
    public void Compute_SomeRows_SameBitsAsTheFullPass(int k, int rows)
    {
        var random = new Random(k + rows);
        var matrix = Enumerable.Range(0, k * rows).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var x = Enumerable.Range(0, k).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var all = new float[rows];
        RowDots.Compute(matrix, k, x, all);
        int[] picked = [0, 3, 4, rows - 1, 2];
        var some = new float[picked.Length];

        RowDots.Compute(matrix, k, x, picked, some);

        Assert.Equal(picked.Select(row => all[row]), some);
    }

    [Theory]
    [InlineData(64, 1_100, 3)]
    [InlineData(64, 1_101, 9)]
    [InlineData(16, 515, 4)]
    [InlineData(24, 33, 5)]
    [InlineData(10, 515, 2)]
    public void ComputeMany_SeveralVectors_SameBitsAsOnePassEach(int k, int rows, int vectors)
    {
        var random = new Random(k + rows);
        var matrix = Enumerable.Range(0, k * rows).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var queries = Enumerable.Range(0, k * vectors).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var expected = new float[rows * vectors];
        for (var vector = 0; vector < vectors; vector++)
        {
            RowDots.Compute(matrix, k, queries.AsSpan(vector * k, k), expected.AsSpan(vector * rows, rows));
        }

        var scores = new float[rows * vectors];
        RowDots.ComputeMany(matrix, k, queries, scores);

        Assert.Equal(expected, scores);
    }

    [Fact]
    public void Compute_RowIndexPastTheMatrix_Throws()
    {
        var scores = new float[2];

        Assert.Throws<ArgumentOutOfRangeException>(() => RowDots.Compute(new float[16], 8, new float[8], [0, 2], scores));
    }

    [Fact]
    public void Compute_MatrixShorterThanScores_Throws()
    {
        var scores = new float[3];

        Assert.Throws<ArgumentOutOfRangeException>(() => RowDots.Compute(new float[16], 8, new float[8], scores));
    }
}

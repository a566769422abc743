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

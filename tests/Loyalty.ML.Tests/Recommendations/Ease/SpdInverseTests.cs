using Loyalty.ML.Recommendations.Ease;

namespace Loyalty.ML.Tests.Recommendations.Ease;

public sealed class SpdInverseTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(63, 1)]
    [InlineData(150, 2)]
    [InlineData(261, 2)]
    [InlineData(600, 2)]
    public void Invert_RandomSymmetricPositiveDefinite_GivesTheIdentityWhenMultipliedBack(int n, int threads)
    {
        var (original, matrix) = RandomMatrix(n);

        SpdInverse.Invert(matrix, n, threads);

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var product = 0.0;
                for (var k = 0; k < n; k++)
                {
                    product += original[i, k] * matrix[(k * n) + j];
                }

                Assert.InRange(product, (i == j ? 1 : 0) - 1e-3, (i == j ? 1 : 0) + 1e-3);
                Assert.Equal(matrix[(i * n) + j], matrix[(j * n) + i]);
            }
        }
    }

    [Fact]
    public void Invert_UpperTriangleOverwritten_ReadsOnlyTheLowerTriangle()
    {
        const int n = 130;
        var (_, matrix) = RandomMatrix(n);
        var damaged = (float[])matrix.Clone();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                damaged[(i * n) + j] = float.NaN;
            }
        }

        SpdInverse.Invert(matrix, n, 2);
        SpdInverse.Invert(damaged, n, 2);

        Assert.Equal(matrix, damaged);
    }

    // 600 rows are three ranges of the per-block copies, the last one ending inside a tile.
    [Theory]
    [InlineData(200, 2)]
    [InlineData(600, 2)]
    [InlineData(600, 3)]
    public void Invert_OneOrMoreThreads_GivesTheSameBits(int n, int threads)
    {
        var (_, one) = RandomMatrix(n);
        var many = (float[])one.Clone();

        SpdInverse.Invert(one, n, 1);
        SpdInverse.Invert(many, n, threads);

        Assert.Equal(one, many);
    }

    private static (double[,] Original, float[] Matrix) RandomMatrix(int n)
    {
        var random = new Random(n);
        var factor = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                factor[i, j] = random.NextDouble() - 0.5;
            }
        }

        var original = new double[n, n];
        var matrix = new float[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = i == j ? n / 4.0 : 0;
                for (var k = 0; k < n; k++)
                {
                    sum += factor[i, k] * factor[j, k];
                }

                original[i, j] = sum;
                matrix[(i * n) + j] = (float)sum;
            }
        }

        return (original, matrix);
    }

    [Fact]
    public void Invert_NotPositiveDefinite_FailsNamingThePivot()
    {
        float[] matrix = [1, 2, 2, 1];

        Assert.Contains("not positive definite", Assert.Throws<InvalidOperationException>(() => SpdInverse.Invert(matrix, 2, 1)).Message, StringComparison.Ordinal);
    }
}

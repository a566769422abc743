using Loyalty.ML.Recommendations.Ease;

namespace Loyalty.ML.Tests.Recommendations.Ease;

public sealed class SpdInverseTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(63, 1)]
    [InlineData(150, 2)]
    public void Invert_RandomSymmetricPositiveDefinite_GivesTheIdentityWhenMultipliedBack(int n, int threads)
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
            }
        }
    }

    [Fact]
    public void Invert_NotPositiveDefinite_FailsNamingThePivot()
    {
        float[] matrix = [1, 2, 2, 1];

        Assert.Contains("not positive definite", Assert.Throws<InvalidOperationException>(() => SpdInverse.Invert(matrix, 2, 1)).Message, StringComparison.Ordinal);
    }
}

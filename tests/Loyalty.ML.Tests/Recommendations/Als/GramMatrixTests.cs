using System.Numerics.Tensors;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Tests.Recommendations.Als;

public sealed class GramMatrixTests
{
    [Theory]
    [InlineData(16, 1, 1)]
    [InlineData(32, 37, 1)]
    [InlineData(64, 500, 2)]
    [InlineData(128, 20, 3)]
    [InlineData(10, 40, 2)]
    [InlineData(24, 40, 1)]
    public void Compute_AnyFactorCount_SameBitsAsOneMultiplyAddPerRowAndFactor(int k, int rows, int threads)
    {
        var random = new Random(k + rows);
        var factors = Enumerable.Range(0, rows * k).Select(_ => (float)((random.NextDouble() - 0.5) * Math.Pow(2, random.Next(-10, 10)))).ToArray();
        var gram = new float[k * k];

        GramMatrix.Compute(factors, rows, k, 0.25f, gram, threads);

        Assert.Equal(Bits(Reference(factors, rows, k, 0.25f)), Bits(gram));
    }

    [Fact]
    public void Compute_SignedZerosAndEqualProducts_SameBitsAsOneMultiplyAddPerRowAndFactor()
    {
        const int K = 64;
        const int Rows = 40;
        var factors = Enumerable.Range(0, Rows * K).Select(index => (index % 7) switch { 0 => -0f, 1 => 0f, 2 => 1f, 3 => -1f, _ => 1e-30f }).ToArray();
        var gram = new float[K * K];

        GramMatrix.Compute(factors, Rows, K, 0f, gram, threads: 2);

        Assert.Equal(Bits(Reference(factors, Rows, K, 0f)), Bits(gram));
        Assert.All(gram, value => Assert.False(float.IsNaN(value)));
    }

    [Fact]
    public void Compute_NoRows_RegularizationOnTheDiagonalAlone()
    {
        var gram = Enumerable.Repeat(float.NaN, 32 * 32).ToArray();

        GramMatrix.Compute([], 0, 32, 2f, gram, threads: 2);

        Assert.Equal(Enumerable.Range(0, 32 * 32).Select(index => index % 33 == 0 ? 2f : 0f), gram);
    }

    // The sum as it was written first: per chunk of rows, one TensorPrimitives multiply-add per row and factor.
    private static float[] Reference(float[] factors, int rows, int k, float regularization)
    {
        var gram = new float[k * k];
        for (var chunk = 0; chunk < 16; chunk++)
        {
            var partial = new float[k * k];
            for (var row = (int)((long)rows * chunk / 16); row < (int)((long)rows * (chunk + 1) / 16); row++)
            {
                var y = factors.AsSpan(row * k, k);
                for (var a = 0; a < k; a++)
                {
                    TensorPrimitives.MultiplyAdd(y, y[a], partial.AsSpan(a * k, k), partial.AsSpan(a * k, k));
                }
            }

            TensorPrimitives.Add(gram, partial, gram);
        }

        for (var a = 0; a < k; a++)
        {
            gram[(a * k) + a] += regularization;
        }

        return gram;
    }

    private static IEnumerable<int> Bits(float[] values) => values.Select(BitConverter.SingleToInt32Bits);
}

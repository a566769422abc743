using System.Numerics.Tensors;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Tests.Recommendations.Als;

public sealed class ConjugateGradientTests
{
    [Theory]
    [InlineData(3, 0.1f)]
    [InlineData(5, 1f)]
    public void Solve_TinySystemWithKSteps_MatchesDirectLeastSquares(int k, float regularization)
    {
        var random = new Random(k);
        const int Items = 7;
        var y = Enumerable.Range(0, Items * k).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        int[] columns = [0, 2, 5];
        float[] confidence = [3f, 1.5f, 8f];
        var gram = new float[k * k];
        GramMatrix.Compute(y, Items, k, regularization, gram, threads: 1);
        var x = new float[k];

        ConjugateGradient.Solve(gram, y, columns, confidence, x, steps: k, new float[3 * k]);

        var expected = DirectSolution(y, k, regularization, columns, confidence);
        for (var factor = 0; factor < k; factor++)
        {
            Assert.InRange(x[factor], expected[factor] - 1e-3, expected[factor] + 1e-3);
        }
    }

    [Theory]
    [InlineData(64, 1)]
    [InlineData(64, 40)]
    [InlineData(32, 7)]
    [InlineData(10, 7)]
    public void Solve_AnyFactorCount_SameBitsAsTheSolverOnTensorPrimitives(int k, int nonZeros)
    {
        var random = new Random(k + nonZeros);
        const int Items = 300;
        var y = Enumerable.Range(0, Items * k).Select(_ => (float)(random.NextDouble() - 0.5) * 0.3f).ToArray();
        var columns = Enumerable.Range(0, Items).OrderBy(_ => random.Next()).Take(nonZeros).Order().ToArray();
        var confidence = columns.Select(_ => 1f + (float)(random.NextDouble() * 20)).ToArray();
        var gram = new float[k * k];
        GramMatrix.Compute(y, Items, k, 30f, gram, threads: 2);
        var start = Enumerable.Range(0, k).Select(_ => (float)(random.NextDouble() - 0.5) * 0.01f).ToArray();
        var (x, expected) = (start.ToArray(), start.ToArray());

        var flops = ConjugateGradient.Solve(gram, y, columns, confidence, x, steps: 3, new float[3 * k]);
        var expectedFlops = ReferenceSolve(gram, y, columns, confidence, expected, steps: 3);

        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), x.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(expectedFlops, flops);
    }

    [Fact]
    public void Solve_ColumnPastTheFixedSide_Throws()
    {
        const int K = 64;
        var other = new float[20 * K];
        var columns = Enumerable.Range(0, 16).Append(20).ToArray();
        var confidence = Enumerable.Repeat(2f, columns.Length).ToArray();
        columns[5] = 20;

        Assert.Throws<ArgumentOutOfRangeException>(() => ConjugateGradient.Solve(new float[K * K], other, columns, confidence, new float[K], steps: 3, new float[3 * K]));
    }

    [Fact]
    public void Solve_EmptyRow_GivesZeroFactors()
    {
        var x = new float[] { 0.3f, -0.2f };

        ConjugateGradient.Solve(new float[4], new float[4], [], [], x, steps: 3, new float[6]);

        Assert.All(x, value => Assert.Equal(0f, value));
    }

    /// <summary>The solver as written on TensorPrimitives calls (before its row operations were inlined): the bits to keep.</summary>
    private static long ReferenceSolve(float[] gram, float[] other, int[] columns, float[] confidence, float[] x, int steps)
    {
        var k = x.Length;
        var (r, p, ap) = (new float[k], new float[k], new float[k]);
        MultiplyGram(gram, x, r);
        TensorPrimitives.Negate(r, r);
        for (var entry = 0; entry < columns.Length; entry++)
        {
            var y = other.AsSpan(columns[entry] * k, k);
            var c = confidence[entry];
            TensorPrimitives.MultiplyAdd(y, c - ((c - 1f) * TensorPrimitives.Dot(y, x)), r, r);
        }

        long flops = (2L * k * k) + (4L * k * columns.Length);
        r.CopyTo(p, 0);
        var residual = TensorPrimitives.Dot(r, r);
        for (var step = 0; step < steps && residual > 1e-20f; step++)
        {
            MultiplyGram(gram, p, ap);
            for (var entry = 0; entry < columns.Length; entry++)
            {
                var y = other.AsSpan(columns[entry] * k, k);
                TensorPrimitives.MultiplyAdd(y, (confidence[entry] - 1f) * TensorPrimitives.Dot(y, p), ap, ap);
            }

            var alpha = residual / TensorPrimitives.Dot(p, ap);
            TensorPrimitives.MultiplyAdd(p, alpha, x, x);
            TensorPrimitives.MultiplyAdd(ap, -alpha, r, r);
            var next = TensorPrimitives.Dot(r, r);
            TensorPrimitives.MultiplyAdd(p, next / residual, r, p);
            residual = next;
            flops += (2L * k * k) + (4L * k * columns.Length) + (10L * k);
        }

        return flops;
    }

    private static void MultiplyGram(float[] gram, float[] vector, float[] result)
    {
        var k = vector.Length;
        for (var row = 0; row < k; row++)
        {
            result[row] = TensorPrimitives.Dot(gram.AsSpan(row * k, k), vector);
        }
    }

    /// <summary>(YᵀY + λI + Σ (c−1) yyᵀ) x = Σ c y formed in full and solved by Gaussian elimination with pivoting.</summary>
    private static double[] DirectSolution(float[] y, int k, float regularization, int[] columns, float[] confidence)
    {
        var a = new double[k, k + 1];
        var items = y.Length / k;
        for (var item = 0; item < items; item++)
        {
            var index = Array.IndexOf(columns, item);
            var c = index >= 0 ? confidence[index] : 1.0;
            for (var row = 0; row < k; row++)
            {
                for (var column = 0; column < k; column++)
                {
                    a[row, column] += c * y[(item * k) + row] * y[(item * k) + column];
                }

                a[row, k] += index >= 0 ? c * y[(item * k) + row] : 0;
            }
        }

        for (var row = 0; row < k; row++)
        {
            a[row, row] += regularization;
        }

        for (var pivot = 0; pivot < k; pivot++)
        {
            var best = Enumerable.Range(pivot, k - pivot).MaxBy(row => Math.Abs(a[row, pivot]));
            for (var column = 0; column <= k; column++)
            {
                (a[pivot, column], a[best, column]) = (a[best, column], a[pivot, column]);
            }

            for (var row = 0; row < k; row++)
            {
                if (row != pivot)
                {
                    var factor = a[row, pivot] / a[pivot, pivot];
                    for (var column = pivot; column <= k; column++)
                    {
                        a[row, column] -= factor * a[pivot, column];
                    }
                }
            }
        }

        return Enumerable.Range(0, k).Select(row => a[row, k] / a[row, row]).ToArray();
    }
}

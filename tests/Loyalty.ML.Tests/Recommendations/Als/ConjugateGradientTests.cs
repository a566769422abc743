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

    [Fact]
    public void Solve_EmptyRow_GivesZeroFactors()
    {
        var x = new float[] { 0.3f, -0.2f };

        ConjugateGradient.Solve(new float[4], new float[4], [], [], x, steps: 3, new float[6]);

        Assert.All(x, value => Assert.Equal(0f, value));
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

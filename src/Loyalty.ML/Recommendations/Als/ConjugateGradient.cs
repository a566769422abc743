using System.Numerics.Tensors;

namespace Loyalty.ML.Recommendations.Als;

/// <summary>
/// Solves one row of implicit ALS, (YᵀY + λI + Σ (cᵢ−1) yᵢyᵢᵀ) x = Σ cᵢ yᵢ, by a few conjugate-gradient steps
/// warm-started from the previous x (Takács, Pilászy &amp; Tikk 2011). Never forms the k × k system.
/// </summary>
internal static class ConjugateGradient
{
    private const float Converged = 1e-20f;

    /// <summary>Updates <paramref name="x"/> in place and returns the floating-point operations spent.</summary>
    /// <param name="gram">YᵀY + λI, row-major k × k.</param>
    /// <param name="other">The fixed side's factors, row-major.</param>
    /// <param name="columns">Columns of this row's non-zeros.</param>
    /// <param name="confidence">Confidence cᵢ of each non-zero.</param>
    /// <param name="x">This row's factors.</param>
    /// <param name="steps">Maximum CG steps.</param>
    /// <param name="scratch">At least 3·k floats of scratch space.</param>
    public static long Solve(
        ReadOnlySpan<float> gram,
        ReadOnlySpan<float> other,
        ReadOnlySpan<int> columns,
        ReadOnlySpan<float> confidence,
        Span<float> x,
        int steps,
        Span<float> scratch)
    {
        var k = x.Length;
        if (columns.IsEmpty)
        {
            x.Clear();
            return 0;
        }

        var r = scratch[..k];
        var p = scratch.Slice(k, k);
        var ap = scratch.Slice(2 * k, k);
        MultiplyGram(gram, x, r);
        TensorPrimitives.Negate(r, r);
        for (var entry = 0; entry < columns.Length; entry++)
        {
            var y = other.Slice(columns[entry] * k, k);
            var c = confidence[entry];
            TensorPrimitives.MultiplyAdd(y, c - ((c - 1f) * TensorPrimitives.Dot(y, x)), r, r);
        }

        var flops = PassFlops(k, columns.Length);
        r.CopyTo(p);
        var residual = TensorPrimitives.Dot(r, r);
        for (var step = 0; step < steps && residual > Converged; step++)
        {
            MultiplyGram(gram, p, ap);
            for (var entry = 0; entry < columns.Length; entry++)
            {
                var y = other.Slice(columns[entry] * k, k);
                TensorPrimitives.MultiplyAdd(y, (confidence[entry] - 1f) * TensorPrimitives.Dot(y, p), ap, ap);
            }

            var alpha = residual / TensorPrimitives.Dot(p, ap);
            TensorPrimitives.MultiplyAdd(p, alpha, x, x);
            TensorPrimitives.MultiplyAdd(ap, -alpha, r, r);
            var next = TensorPrimitives.Dot(r, r);
            TensorPrimitives.MultiplyAdd(p, next / residual, r, p);
            residual = next;
            flops += PassFlops(k, columns.Length) + (10L * k);
        }

        return flops;
    }

    /// <summary>One k × k mat-vec plus one dot and one axpy per non-zero.</summary>
    private static long PassFlops(int k, int nonZeros) => (2L * k * k) + (4L * k * nonZeros);

    private static void MultiplyGram(ReadOnlySpan<float> gram, ReadOnlySpan<float> vector, Span<float> result)
    {
        var k = vector.Length;
        for (var row = 0; row < k; row++)
        {
            result[row] = TensorPrimitives.Dot(gram.Slice(row * k, k), vector);
        }
    }
}

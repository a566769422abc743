using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
        Span<float> dots = stackalloc float[SixteenDots.Rows];
        Span<nuint> offsets = stackalloc nuint[SixteenDots.Rows];
        MultiplyGram(gram, x, r, offsets);
        TensorPrimitives.Negate(r, r);
        for (var start = 0; start < columns.Length; start += SixteenDots.Rows)
        {
            var block = columns.Slice(start, Math.Min(SixteenDots.Rows, columns.Length - start));
            EntryDots(other, block, x, dots, offsets);
            for (var entry = 0; entry < block.Length; entry++)
            {
                var c = confidence[start + entry];
                ShortVectors.MultiplyAdd(other.Slice(block[entry] * k, k), c - ((c - 1f) * dots[entry]), r, r);
            }
        }

        var flops = PassFlops(k, columns.Length);
        r.CopyTo(p);
        var residual = ShortVectors.Dot(r, r);
        for (var step = 0; step < steps && residual > Converged; step++)
        {
            MultiplyGram(gram, p, ap, offsets);
            for (var start = 0; start < columns.Length; start += SixteenDots.Rows)
            {
                var block = columns.Slice(start, Math.Min(SixteenDots.Rows, columns.Length - start));
                EntryDots(other, block, p, dots, offsets);
                for (var entry = 0; entry < block.Length; entry++)
                {
                    ShortVectors.MultiplyAdd(other.Slice(block[entry] * k, k), (confidence[start + entry] - 1f) * dots[entry], ap, ap);
                }
            }

            var alpha = residual / ShortVectors.Dot(p, ap);
            ShortVectors.MultiplyAdd(p, alpha, x, x);
            ShortVectors.MultiplyAdd(ap, -alpha, r, r);
            var next = ShortVectors.Dot(r, r);
            ShortVectors.MultiplyAdd(p, next / residual, r, p);
            residual = next;
            flops += PassFlops(k, columns.Length) + (10L * k);
        }

        return flops;
    }

    /// <summary>One k × k mat-vec plus one dot and one axpy per non-zero.</summary>
    private static long PassFlops(int k, int nonZeros) => (2L * k * k) + (4L * k * nonZeros);

    private static void MultiplyGram(ReadOnlySpan<float> gram, ReadOnlySpan<float> vector, Span<float> result, Span<nuint> offsets)
    {
        var k = vector.Length;
        if (!SixteenDots.Applies(k))
        {
            for (var row = 0; row < k; row++)
            {
                result[row] = ShortVectors.Dot(gram.Slice(row * k, k), vector);
            }

            return;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(gram.Length, k * k, nameof(gram));
        for (var first = 0; first < k; first += SixteenDots.Rows)
        {
            for (var row = 0; row < SixteenDots.Rows; row++)
            {
                offsets[row] = (nuint)(first + row) * (nuint)k;
            }

            Sixteen(gram, offsets, vector).CopyTo(result.Slice(first, SixteenDots.Rows));
        }
    }

    /// <summary>The dot of <paramref name="vector"/> with the fixed side's row of each of (at most sixteen) <paramref name="columns"/>.</summary>
    private static void EntryDots(ReadOnlySpan<float> other, ReadOnlySpan<int> columns, ReadOnlySpan<float> vector, Span<float> dots, Span<nuint> offsets)
    {
        var k = vector.Length;
        if (columns.Length < SixteenDots.Rows || !SixteenDots.Applies(k))
        {
            for (var entry = 0; entry < columns.Length; entry++)
            {
                dots[entry] = ShortVectors.Dot(other.Slice(columns[entry] * k, k), vector);
            }

            return;
        }

        for (var entry = 0; entry < SixteenDots.Rows; entry++)
        {
            // The kernel reads without bounds checks: a column outside the fixed side is refused here, as a slice would.
            ArgumentOutOfRangeException.ThrowIfGreaterThan((long)columns[entry] * k, (long)other.Length - k, nameof(columns));
            ArgumentOutOfRangeException.ThrowIfNegative(columns[entry], nameof(columns));
            offsets[entry] = (nuint)columns[entry] * (nuint)k;
        }

        Sixteen(other, offsets, vector).CopyTo(dots);
    }

    private static Vector512<float> Sixteen(ReadOnlySpan<float> rows, ReadOnlySpan<nuint> offsets, ReadOnlySpan<float> vector) =>
        SixteenDots.Compute(ref MemoryMarshal.GetReference(rows), offsets, ref MemoryMarshal.GetReference(vector), (nuint)vector.Length);
}

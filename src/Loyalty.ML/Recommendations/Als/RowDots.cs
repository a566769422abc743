using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Loyalty.ML.Recommendations.Als;

/// <summary>
/// One vector dotted with every row of a row-major matrix: the scoring pass over all items behind a personal list.
/// Two rows at a time with 256-bit fused multiply-adds, two accumulators per row and one horizontal sum per row;
/// measured about twice as fast as a <see cref="TensorPrimitives.Dot{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> call per
/// row at 64 factors, where the per-call overhead and the reduction dominate.
/// </summary>
internal static class RowDots
{
    private static readonly int Width = Vector256<float>.Count;

    /// <summary>Writes <c>rows[r·k..(r+1)·k] · x</c> into <c>scores[r]</c> for every row r of <paramref name="scores"/>.</summary>
    public static void Compute(ReadOnlySpan<float> rows, int k, ReadOnlySpan<float> x, Span<float> scores)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(x.Length, k);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows.Length, (long)scores.Length * k);
        if (!Vector256.IsHardwareAccelerated || !Fma.IsSupported || k % Width != 0)
        {
            for (var row = 0; row < scores.Length; row++)
            {
                scores[row] = TensorPrimitives.Dot(rows.Slice(row * k, k), x);
            }

            return;
        }

        ref var matrix = ref MemoryMarshal.GetReference(rows);
        var last = scores.Length - 1;
        var row2 = 0;
        for (; row2 < last; row2 += 2)
        {
            var first = (nuint)row2 * (nuint)k;
            (scores[row2], scores[row2 + 1]) = Pair(ref matrix, first, first + (nuint)k, k, x);
        }

        if (row2 == last)
        {
            var offset = (nuint)row2 * (nuint)k;
            scores[row2] = Pair(ref matrix, offset, offset, k, x).First;
        }
    }

    /// <summary>
    /// Writes <c>rows[r·k..(r+1)·k] · x</c> into <c>scores[i]</c> for r = <paramref name="rowIndexes"/>[i]: the same
    /// arithmetic per row as the full pass, so a row scores the same bits whichever rows are asked for.
    /// </summary>
    public static void Compute(ReadOnlySpan<float> rows, int k, ReadOnlySpan<float> x, ReadOnlySpan<int> rowIndexes, Span<float> scores)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(x.Length, k);
        ArgumentOutOfRangeException.ThrowIfNotEqual(scores.Length, rowIndexes.Length);
        if (!Vector256.IsHardwareAccelerated || !Fma.IsSupported || k % Width != 0)
        {
            for (var index = 0; index < scores.Length; index++)
            {
                scores[index] = TensorPrimitives.Dot(rows.Slice(rowIndexes[index] * k, k), x);
            }

            return;
        }

        ref var matrix = ref MemoryMarshal.GetReference(rows);
        var index2 = 0;
        for (; index2 + 1 < scores.Length; index2 += 2)
        {
            (scores[index2], scores[index2 + 1]) = Pair(ref matrix, Offset(rows, rowIndexes[index2], k), Offset(rows, rowIndexes[index2 + 1], k), k, x);
        }

        if (index2 < scores.Length)
        {
            var offset = Offset(rows, rowIndexes[index2], k);
            scores[index2] = Pair(ref matrix, offset, offset, k, x).First;
        }
    }

    private static nuint Offset(ReadOnlySpan<float> rows, int row, int k)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)(row + 1) * k, rows.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        return (nuint)row * (nuint)k;
    }

    private static (float First, float Second) Pair(ref float matrix, nuint first, nuint second, int k, ReadOnlySpan<float> x)
    {
        ref var vector = ref MemoryMarshal.GetReference(x);
        var width = (nuint)Width;
        var end = (nuint)k;
        Vector256<float> a0 = Vector256<float>.Zero, a1 = Vector256<float>.Zero, b0 = Vector256<float>.Zero, b1 = Vector256<float>.Zero;
        var f = (nuint)0;

        // Two accumulators per row halve the chain of dependent multiply-adds.
        for (; f + width < end; f += 2 * width)
        {
            var x0 = Vector256.LoadUnsafe(ref vector, f);
            var x1 = Vector256.LoadUnsafe(ref vector, f + width);
            a0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref matrix, first + f), x0, a0);
            a1 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref matrix, first + f + width), x1, a1);
            b0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref matrix, second + f), x0, b0);
            b1 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref matrix, second + f + width), x1, b1);
        }

        if (f < end)
        {
            var x0 = Vector256.LoadUnsafe(ref vector, f);
            a0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref matrix, first + f), x0, a0);
            b0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref matrix, second + f), x0, b0);
        }

        return (Vector256.Sum(a0 + a1), Vector256.Sum(b0 + b1));
    }
}

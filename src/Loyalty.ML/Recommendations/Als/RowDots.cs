using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
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

    // Rows read once for every vector of a batch: 512 rows of 64 factors are 128 KB, which stays in a core's L2.
    private const int RowsPerBlock = 512;

    // Vectors dotted together by the tiled kernel: 16 accumulators, which with the loads fit AVX-512's 32 registers.
    private const int QueriesPerTile = 4;

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
    /// <see cref="Compute(ReadOnlySpan{float}, int, ReadOnlySpan{float}, Span{float})"/> for several vectors at once:
    /// <paramref name="queries"/> holds them one after another (k each) and <paramref name="scores"/> their rows of
    /// scores one after another. The rows are read a block at a time for every vector, so a block is read from memory
    /// once instead of once per vector, with the same arithmetic per row: the same bits as one pass per vector (four
    /// rows at a time by <see cref="FourByFourDots"/> where 512-bit vectors are there).
    /// </summary>
    public static void ComputeMany(ReadOnlySpan<float> rows, int k, ReadOnlySpan<float> queries, Span<float> scores)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(queries.Length % k, 0);
        var count = queries.Length / k;
        if (count == 0)
        {
            return;
        }

        var rowCount = scores.Length / count;
        ArgumentOutOfRangeException.ThrowIfNotEqual(scores.Length, rowCount * count);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows.Length, (long)rowCount * k);
        var tiled = Vector256.IsHardwareAccelerated && Fma.IsSupported && k % (2 * Width) == 0;
        var wide = tiled && FourByFourDots.Applies(k);
        for (var start = 0; start < rowCount; start += RowsPerBlock)
        {
            var length = Math.Min(RowsPerBlock, rowCount - start);
            var block = rows.Slice(start * k, length * k);
            var query = 0;
            for (; tiled && query + QueriesPerTile <= count; query += QueriesPerTile)
            {
                var four = queries.Slice(query * k, QueriesPerTile * k);
                var done = wide ? FourByFourDots.Compute(block, k, four, scores[((query * rowCount) + start)..], rowCount) : 0;
                FourQueries(block[(done * k)..], k, four, scores[((query * rowCount) + start + done)..], rowCount);
            }

            for (; query < count; query++)
            {
                Compute(block, k, queries.Slice(query * k, k), scores.Slice((query * rowCount) + start, length));
            }
        }
    }

    /// <summary>
    /// Four vectors dotted with every row of <paramref name="block"/>, two rows at a time: each row and vector chunk
    /// loaded once for eight multiply-adds. Per row and vector the arithmetic of <see cref="Pair"/> (k a multiple of
    /// two vector widths: two accumulators over alternate chunks, one horizontal sum), so the same bits. Vector j's
    /// score of row r goes to <c>scores[j·stride + r]</c>.
    /// </summary>
    private static void FourQueries(ReadOnlySpan<float> block, int k, ReadOnlySpan<float> four, Span<float> scores, int stride)
    {
        var rowsInBlock = block.Length / k;
        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Length, (3 * stride) + rowsInBlock);
        ref var matrix = ref MemoryMarshal.GetReference(block);
        ref var x = ref MemoryMarshal.GetReference(four);
        ref var output = ref MemoryMarshal.GetReference(scores);
        var (width, end, s) = ((nuint)Width, (nuint)k, (nuint)stride);
        var row = 0;
        for (; row + 1 < rowsInBlock; row += 2)
        {
            var first = (nuint)row * end;
            var second = first + end;
            Vector256<float> a00 = default, a01 = default, a10 = default, a11 = default, a20 = default, a21 = default, a30 = default, a31 = default;
            Vector256<float> b00 = default, b01 = default, b10 = default, b11 = default, b20 = default, b21 = default, b30 = default, b31 = default;
            for (var f = (nuint)0; f < end; f += 2 * width)
            {
                var r0 = Vector256.LoadUnsafe(ref matrix, first + f);
                var r1 = Vector256.LoadUnsafe(ref matrix, first + f + width);
                var t0 = Vector256.LoadUnsafe(ref matrix, second + f);
                var t1 = Vector256.LoadUnsafe(ref matrix, second + f + width);
                var x0 = Vector256.LoadUnsafe(ref x, f);
                var x1 = Vector256.LoadUnsafe(ref x, f + width);
                (a00, a01, b00, b01) = (Vector256.FusedMultiplyAdd(r0, x0, a00), Vector256.FusedMultiplyAdd(r1, x1, a01), Vector256.FusedMultiplyAdd(t0, x0, b00), Vector256.FusedMultiplyAdd(t1, x1, b01));
                x0 = Vector256.LoadUnsafe(ref x, end + f);
                x1 = Vector256.LoadUnsafe(ref x, end + f + width);
                (a10, a11, b10, b11) = (Vector256.FusedMultiplyAdd(r0, x0, a10), Vector256.FusedMultiplyAdd(r1, x1, a11), Vector256.FusedMultiplyAdd(t0, x0, b10), Vector256.FusedMultiplyAdd(t1, x1, b11));
                x0 = Vector256.LoadUnsafe(ref x, (2 * end) + f);
                x1 = Vector256.LoadUnsafe(ref x, (2 * end) + f + width);
                (a20, a21, b20, b21) = (Vector256.FusedMultiplyAdd(r0, x0, a20), Vector256.FusedMultiplyAdd(r1, x1, a21), Vector256.FusedMultiplyAdd(t0, x0, b20), Vector256.FusedMultiplyAdd(t1, x1, b21));
                x0 = Vector256.LoadUnsafe(ref x, (3 * end) + f);
                x1 = Vector256.LoadUnsafe(ref x, (3 * end) + f + width);
                (a30, a31, b30, b31) = (Vector256.FusedMultiplyAdd(r0, x0, a30), Vector256.FusedMultiplyAdd(r1, x1, a31), Vector256.FusedMultiplyAdd(t0, x0, b30), Vector256.FusedMultiplyAdd(t1, x1, b31));
            }

            var at = (nuint)row;
            Unsafe.Add(ref output, at) = Vector256.Sum(a00 + a01);
            Unsafe.Add(ref output, at + 1) = Vector256.Sum(b00 + b01);
            Unsafe.Add(ref output, s + at) = Vector256.Sum(a10 + a11);
            Unsafe.Add(ref output, s + at + 1) = Vector256.Sum(b10 + b11);
            Unsafe.Add(ref output, (2 * s) + at) = Vector256.Sum(a20 + a21);
            Unsafe.Add(ref output, (2 * s) + at + 1) = Vector256.Sum(b20 + b21);
            Unsafe.Add(ref output, (3 * s) + at) = Vector256.Sum(a30 + a31);
            Unsafe.Add(ref output, (3 * s) + at + 1) = Vector256.Sum(b30 + b31);
        }

        if (row < rowsInBlock)
        {
            for (var query = 0; query < QueriesPerTile; query++)
            {
                Compute(block.Slice(row * k, k), k, four.Slice(query * k, k), scores.Slice((query * stride) + row, 1));
            }
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

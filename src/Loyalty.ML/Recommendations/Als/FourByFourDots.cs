using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Loyalty.ML.Recommendations.Als;

/// <summary>
/// Four vectors dotted with four rows at a time in 512-bit registers, each score to the bit what
/// <see cref="RowDots"/>' 256-bit pass gives: a 512-bit multiply-add does, lane for lane, the two 256-bit ones that
/// pass does on a 16-float chunk (its two accumulators are the register's halves), and the sixteen reductions run
/// side by side with shuffles in <see cref="Vector256.Sum{T}(Vector256{T})"/>'s own order — the halves added, then
/// within each 128-bit half (x0 + x1) + (x2 + x3), then the two halves. At 64 factors one reduction weighs as much
/// as the row's multiply-adds, so doing sixteen together is what makes the tile faster.
/// </summary>
internal static class FourByFourDots
{
    public const int Queries = 4;

    /// <summary>True when rows of <paramref name="k"/> floats take this path on this machine.</summary>
    public static bool Applies(int k) => Avx512F.IsSupported && Vector512.IsHardwareAccelerated && k > 0 && k % Vector512<float>.Count == 0;

    /// <summary>
    /// Writes the four vectors' (<paramref name="four"/>, k each) scores of the rows of <paramref name="block"/> four
    /// rows at a time, vector j's score of row r to <c>scores[j·stride + r]</c>; returns how many rows it did (the
    /// rest, fewer than four, are the caller's).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Compute(ReadOnlySpan<float> block, int k, ReadOnlySpan<float> four, Span<float> scores, int stride)
    {
        var rows = block.Length / k;
        var done = rows - (rows % 4);
        ArgumentOutOfRangeException.ThrowIfLessThan(four.Length, Queries * k);
        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Length, (3 * stride) + done);
        ref var matrix = ref MemoryMarshal.GetReference(block);
        ref var x = ref MemoryMarshal.GetReference(four);
        ref var output = ref MemoryMarshal.GetReference(scores);
        var (end, s, width) = ((nuint)k, (nuint)stride, (nuint)Vector512<float>.Count);
        for (var row = 0; row < done; row += 4)
        {
            var first = (nuint)row * end;
            Vector512<float> a0 = default, a1 = default, a2 = default, a3 = default, b0 = default, b1 = default, b2 = default, b3 = default;
            Vector512<float> c0 = default, c1 = default, c2 = default, c3 = default, d0 = default, d1 = default, d2 = default, d3 = default;
            for (var f = (nuint)0; f < end; f += width)
            {
                var r0 = Vector512.LoadUnsafe(ref matrix, first + f);
                var r1 = Vector512.LoadUnsafe(ref matrix, first + end + f);
                var r2 = Vector512.LoadUnsafe(ref matrix, first + (2 * end) + f);
                var r3 = Vector512.LoadUnsafe(ref matrix, first + (3 * end) + f);
                var v = Vector512.LoadUnsafe(ref x, f);
                (a0, b0, c0, d0) = (Vector512.FusedMultiplyAdd(r0, v, a0), Vector512.FusedMultiplyAdd(r1, v, b0), Vector512.FusedMultiplyAdd(r2, v, c0), Vector512.FusedMultiplyAdd(r3, v, d0));
                v = Vector512.LoadUnsafe(ref x, end + f);
                (a1, b1, c1, d1) = (Vector512.FusedMultiplyAdd(r0, v, a1), Vector512.FusedMultiplyAdd(r1, v, b1), Vector512.FusedMultiplyAdd(r2, v, c1), Vector512.FusedMultiplyAdd(r3, v, d1));
                v = Vector512.LoadUnsafe(ref x, (2 * end) + f);
                (a2, b2, c2, d2) = (Vector512.FusedMultiplyAdd(r0, v, a2), Vector512.FusedMultiplyAdd(r1, v, b2), Vector512.FusedMultiplyAdd(r2, v, c2), Vector512.FusedMultiplyAdd(r3, v, d2));
                v = Vector512.LoadUnsafe(ref x, (3 * end) + f);
                (a3, b3, c3, d3) = (Vector512.FusedMultiplyAdd(r0, v, a3), Vector512.FusedMultiplyAdd(r1, v, b3), Vector512.FusedMultiplyAdd(r2, v, c3), Vector512.FusedMultiplyAdd(r3, v, d3));
            }

            // Letters are rows, digits vectors. Lanes 4j..4j+3 of the sums: vector j's scores of the four rows.
            // SixteenDots' Quarters adds each 256-bit sum's two 128-bit halves, Vector256.Sum's last step.
            var low = SixteenDots.Pairs(SixteenDots.Pairs(Halves(a0, a1), Halves(b0, b1)), SixteenDots.Pairs(Halves(c0, c1), Halves(d0, d1)));
            var high = SixteenDots.Pairs(SixteenDots.Pairs(Halves(a2, a3), Halves(b2, b3)), SixteenDots.Pairs(Halves(c2, c3), Halves(d2, d3)));
            var sums = SixteenDots.Quarters(low, high);
            var at = (nuint)row;
            sums.GetLower().GetLower().StoreUnsafe(ref output, at);
            sums.GetLower().GetUpper().StoreUnsafe(ref output, s + at);
            sums.GetUpper().GetLower().StoreUnsafe(ref output, (2 * s) + at);
            sums.GetUpper().GetUpper().StoreUnsafe(ref output, (3 * s) + at);
        }

        return done;
    }

    // [a.lower + a.upper | b.lower + b.upper]: each accumulator's two 256-bit halves added, Vector256.Sum's input.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Halves(Vector512<float> a, Vector512<float> b) =>
        Avx512F.Shuffle4x128(a, b, 0b01_00_01_00) + Avx512F.Shuffle4x128(a, b, 0b11_10_11_10);
}

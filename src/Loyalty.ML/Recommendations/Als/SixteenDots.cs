using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Loyalty.ML.Recommendations.Als;

/// <summary>
/// Sixteen factor rows dotted with one vector, each to the bit what <see cref="ShortVectors.Dot"/> (and so
/// TensorPrimitives) gives: per row the same 16-float products summed in the same order, then the same reduction
/// tree as <see cref="Vector512.Sum{T}(Vector512{T})"/> — within each 128-bit quarter (x0 + x1) + (x2 + x3), then
/// (q0 + q1) + (q2 + q3). Done for sixteen rows at once with shuffles, the reduction costs about a quarter of
/// sixteen separate sums, which at 64 factors weigh as much as the products. The solver's k × k product and its
/// per-entry dots (all against the same vector, before any of their results is used) go through it.
/// </summary>
internal static class SixteenDots
{
    public const int Rows = 16;

    /// <summary>True when rows of <paramref name="k"/> floats take this path on this machine.</summary>
    public static bool Applies(int k) => Avx512F.IsSupported && ShortVectors.Inlined(k);

    /// <summary>Lane i of the result is the dot of <paramref name="x"/> with the k floats at <c>offsets[i]</c> in <paramref name="rows"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Vector512<float> Compute(ref float rows, ReadOnlySpan<nuint> offsets, ref float x, nuint k)
    {
        var (o0, o1, o2, o3, o4, o5, o6, o7) = (offsets[0], offsets[1], offsets[2], offsets[3], offsets[4], offsets[5], offsets[6], offsets[7]);
        var (o8, o9, o10, o11, o12, o13, o14, o15) = (offsets[8], offsets[9], offsets[10], offsets[11], offsets[12], offsets[13], offsets[14], offsets[15]);
        Vector512<float> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
        Vector512<float> a8 = default, a9 = default, a10 = default, a11 = default, a12 = default, a13 = default, a14 = default, a15 = default;
        for (nuint at = 0; at < k; at += (nuint)Vector512<float>.Count)
        {
            var v = Vector512.LoadUnsafe(ref x, at);
            a0 += Vector512.LoadUnsafe(ref rows, o0 + at) * v;
            a1 += Vector512.LoadUnsafe(ref rows, o1 + at) * v;
            a2 += Vector512.LoadUnsafe(ref rows, o2 + at) * v;
            a3 += Vector512.LoadUnsafe(ref rows, o3 + at) * v;
            a4 += Vector512.LoadUnsafe(ref rows, o4 + at) * v;
            a5 += Vector512.LoadUnsafe(ref rows, o5 + at) * v;
            a6 += Vector512.LoadUnsafe(ref rows, o6 + at) * v;
            a7 += Vector512.LoadUnsafe(ref rows, o7 + at) * v;
            a8 += Vector512.LoadUnsafe(ref rows, o8 + at) * v;
            a9 += Vector512.LoadUnsafe(ref rows, o9 + at) * v;
            a10 += Vector512.LoadUnsafe(ref rows, o10 + at) * v;
            a11 += Vector512.LoadUnsafe(ref rows, o11 + at) * v;
            a12 += Vector512.LoadUnsafe(ref rows, o12 + at) * v;
            a13 += Vector512.LoadUnsafe(ref rows, o13 + at) * v;
            a14 += Vector512.LoadUnsafe(ref rows, o14 + at) * v;
            a15 += Vector512.LoadUnsafe(ref rows, o15 + at) * v;
        }

        // ShortVectors.Dot's trailing zero block, lane by lane; then the sixteen reductions side by side.
        var zero = Vector512<float>.Zero;
        var w0 = Pairs(Pairs(a0 + zero, a1 + zero), Pairs(a2 + zero, a3 + zero));
        var w1 = Pairs(Pairs(a4 + zero, a5 + zero), Pairs(a6 + zero, a7 + zero));
        var w2 = Pairs(Pairs(a8 + zero, a9 + zero), Pairs(a10 + zero, a11 + zero));
        var w3 = Pairs(Pairs(a12 + zero, a13 + zero), Pairs(a14 + zero, a15 + zero));
        return Quarters(Quarters(w0, w1), Quarters(w2, w3));
    }

    /// <summary>Within each 128-bit quarter: [a0 + a1, a2 + a3, b0 + b1, b2 + b3].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Pairs(Vector512<float> a, Vector512<float> b) =>
        Avx512F.Shuffle(a, b, 0b10_00_10_00) + Avx512F.Shuffle(a, b, 0b11_01_11_01);

    /// <summary>Quarters: [a.q0 + a.q1, a.q2 + a.q3, b.q0 + b.q1, b.q2 + b.q3].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Quarters(Vector512<float> a, Vector512<float> b) =>
        Avx512F.Shuffle4x128(a, b, 0b10_00_10_00) + Avx512F.Shuffle4x128(a, b, 0b11_01_11_01);
}

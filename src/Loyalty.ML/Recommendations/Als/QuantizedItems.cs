using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Loyalty.ML.Recommendations.Als;

/// <summary>
/// An 8-bit copy of the item factors (one scale per item), built when a model is loaded and never stored: a quarter of
/// the bytes to read per request. It gives every item's dot with a customer's factors within a proven bound of the
/// float32 score <see cref="RowDots"/> computes, so a ranking can discard the items that cannot reach the top and
/// rescore only the rest exactly.
/// </summary>
internal sealed class QuantizedItems
{
    // Item codes are stored as unsigned c + 128 (c in ±127) and the query as signed bytes in ±63, so a pair of products
    // summed by one multiply-add (at most 2·255·63 = 32,130) never saturates 16 bits.
    private const int CodeMax = 127;
    private const int CodeOffset = 128;
    private const int QueryMax = 63;

    // Factors beyond this magnitude could overflow a float32 dot; such a model is left to the plain scan.
    private const float Largest = 1e15f;

    // Covers the float32 rounding of the served dot (at most 64·2⁻²⁴ of Σ|v·x| for up to 64 terms per accumulator) and of
    // the arithmetic here, with room to spare; as a share of max|v|·‖x‖₁, which bounds every |dot| involved.
    private const float RoundingShare = 1e-4f;

    // The bound is widened by this factor once more, so no rounding of the bound itself can make it too tight.
    private const float Widen = 1.001f;

    private static readonly int Width = Vector256<byte>.Count;

    private readonly byte[] _codes;
    private readonly float[] _scales;
    private readonly float[] _residuals;
    private readonly float[] _l1Norms;

    private QuantizedItems(float[] source, int factors, byte[] codes, float[] scales, float[] residuals, float[] l1Norms)
    {
        Source = source;
        Factors = factors;
        _codes = codes;
        _scales = scales;
        _residuals = residuals;
        _l1Norms = l1Norms;
    }

    /// <summary>The float32 item factors this is a copy of.</summary>
    public float[] Source { get; }

    public int Factors { get; }

    public int ItemCount => _scales.Length;

    /// <summary>
    /// The copy of <paramref name="factors"/>' items, or null where it cannot help: no AVX2, factors not a multiple of
    /// 32, or a factor that is not finite or beyond 10¹⁵ (the float32 scan then decides, as before).
    /// </summary>
    public static QuantizedItems? Build(AlsFactors factors)
    {
        var k = factors.Factors;
        if (!Avx2.IsSupported || k == 0 || k % Width != 0 || !AllModest(factors.Items.AsSpan(0, factors.ItemCount * k)))
        {
            return null;
        }

        var count = factors.ItemCount;
        var codes = new byte[count * k];
        var (scales, residuals, l1Norms) = (new float[count], new float[count], new float[count]);
        for (var item = 0; item < count; item++)
        {
            var row = factors.Item(item);
            var top = Math.Abs(TensorPrimitives.MaxMagnitude(row));
            var scale = top / CodeMax;
            double residual = 0, l1 = 0;
            for (var f = 0; f < k; f++)
            {
                var code = scale > 0 ? (int)Math.Clamp(MathF.Round(row[f] / scale), -CodeMax, CodeMax) : 0;
                codes[(item * k) + f] = (byte)(code + CodeOffset);
                residual = Math.Max(residual, Math.Abs(row[f] - ((double)scale * code)));
                l1 += Math.Abs((double)scale * code);
            }

            scales[item] = scale;
            residuals[item] = (float)(residual + (RoundingShare * top));
            l1Norms[item] = (float)l1;
        }

        return new QuantizedItems(factors.Items, k, codes, scales, residuals, l1Norms);
    }

    /// <summary>
    /// For every item i: <paramref name="lower"/>[i] ≤ the float32 score <see cref="RowDots"/> gives item i for
    /// <paramref name="x"/> ≤ <paramref name="upper"/>[i]; also the highest lower and the lowest upper bound. Null
    /// (nothing written) when <paramref name="x"/> holds a value that is not finite or beyond 10¹⁵.
    /// </summary>
    public (float HighestLower, float LowestUpper)? Bound(ReadOnlySpan<float> x, Span<float> lower, Span<float> upper)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(x.Length, Factors);
        ArgumentOutOfRangeException.ThrowIfLessThan(lower.Length, ItemCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(upper.Length, ItemCount);
        if (!AllModest(x))
        {
            return null;
        }

        var scale = Math.Abs(TensorPrimitives.MaxMagnitude(x)) / QueryMax;
        Span<sbyte> query = stackalloc sbyte[Factors];
        double queryResidual = 0, l1 = 0;
        var querySum = 0;
        for (var f = 0; f < Factors; f++)
        {
            var code = scale > 0 ? (int)Math.Clamp(MathF.Round(x[f] / scale), -QueryMax, QueryMax) : 0;
            query[f] = (sbyte)code;
            querySum += code;
            queryResidual = Math.Max(queryResidual, Math.Abs(x[f] - ((double)scale * code)));
            l1 += Math.Abs((double)x[f]);
        }

        // |v·x − s·c·s'·p| ≤ r_v·‖x‖₁ + r_x·‖s·c‖₁ (r: the largest rounding error of a component), plus float rounding.
        var terms = new Terms(CodeOffset * querySum, scale, (float)(l1 * Widen), (float)(queryResidual * Widen));
        var (highestLower, lowestUpper) = (Vector256.Create(float.NegativeInfinity), Vector256.Create(float.PositiveInfinity));
        var (offset, queryScale) = (Vector256.Create(terms.Offset), Vector256.Create(terms.Scale));
        var (xL1, xResidual, widen) = (Vector256.Create(terms.XL1), Vector256.Create(terms.XResidual), Vector256.Create(Widen));
        ref var scales = ref MemoryMarshal.GetArrayDataReference(_scales);
        ref var residuals = ref MemoryMarshal.GetArrayDataReference(_residuals);
        ref var l1Norms = ref MemoryMarshal.GetArrayDataReference(_l1Norms);
        ref var lowest = ref MemoryMarshal.GetReference(lower);
        ref var highest = ref MemoryMarshal.GetReference(upper);
        var item = 0;
        for (; item + Vector256<int>.Count <= ItemCount; item += Vector256<int>.Count)
        {
            var at = (nuint)item;
            var estimate = Vector256.ConvertToSingle(EightDots(query, item) - offset) * (Vector256.LoadUnsafe(ref scales, at) * queryScale);
            var bound = ((xL1 * Vector256.LoadUnsafe(ref residuals, at)) + (xResidual * Vector256.LoadUnsafe(ref l1Norms, at))) * widen;
            var (low, high) = (estimate - bound, estimate + bound);
            low.StoreUnsafe(ref lowest, at);
            high.StoreUnsafe(ref highest, at);
            (highestLower, lowestUpper) = (Vector256.Max(highestLower, low), Vector256.Min(lowestUpper, high));
        }

        var (most, least) = (float.NegativeInfinity, float.PositiveInfinity);
        for (; item < ItemCount; item++)
        {
            var estimate = (Vector256.Sum(Dot(query, (nuint)item * (nuint)Factors)) - terms.Offset) * (_scales[item] * scale);
            var bound = ((terms.XL1 * _residuals[item]) + (terms.XResidual * _l1Norms[item])) * Widen;
            (lower[item], upper[item]) = (estimate - bound, estimate + bound);
            (most, least) = (Math.Max(most, lower[item]), Math.Min(least, upper[item]));
        }

        return (Math.Max(most, Max8(highestLower)), Math.Min(least, Min8(lowestUpper)));
    }

    private static bool AllModest(ReadOnlySpan<float> values)
    {
        foreach (var value in values)
        {
            if (!(Math.Abs(value) <= Largest))
            {
                return false;
            }
        }

        return true;
    }

    private static float Max8(Vector256<float> values)
    {
        var most = float.NegativeInfinity;
        for (var lane = 0; lane < Vector256<float>.Count; lane++)
        {
            most = Math.Max(most, values.GetElement(lane));
        }

        return most;
    }

    private static float Min8(Vector256<float> values)
    {
        var least = float.PositiveInfinity;
        for (var lane = 0; lane < Vector256<float>.Count; lane++)
        {
            least = Math.Min(least, values.GetElement(lane));
        }

        return least;
    }

    /// <summary>
    /// The integer dots (before the offset is taken off) of items <paramref name="first"/>..+8: each query chunk loaded
    /// once for the eight, eight independent sums, then summed across lanes together.
    /// </summary>
    private Vector256<int> EightDots(ReadOnlySpan<sbyte> query, int first)
    {
        ref var codes = ref MemoryMarshal.GetReference(_codes.AsSpan());
        ref var q = ref MemoryMarshal.GetReference(query);
        var k = (nuint)Factors;
        var row = (nuint)first * k;
        Vector256<int> s0 = default, s1 = default, s2 = default, s3 = default, s4 = default, s5 = default, s6 = default, s7 = default;
        for (var f = (nuint)0; f < k; f += (nuint)Width)
        {
            var chunk = Vector256.LoadUnsafe(ref q, f);
            var at = row + f;
            s0 += Products(Vector256.LoadUnsafe(ref codes, at), chunk);
            s1 += Products(Vector256.LoadUnsafe(ref codes, at + k), chunk);
            s2 += Products(Vector256.LoadUnsafe(ref codes, at + (2 * k)), chunk);
            s3 += Products(Vector256.LoadUnsafe(ref codes, at + (3 * k)), chunk);
            s4 += Products(Vector256.LoadUnsafe(ref codes, at + (4 * k)), chunk);
            s5 += Products(Vector256.LoadUnsafe(ref codes, at + (5 * k)), chunk);
            s6 += Products(Vector256.LoadUnsafe(ref codes, at + (6 * k)), chunk);
            s7 += Products(Vector256.LoadUnsafe(ref codes, at + (7 * k)), chunk);
        }

        var low = Avx2.HorizontalAdd(Avx2.HorizontalAdd(s0, s1), Avx2.HorizontalAdd(s2, s3));
        var high = Avx2.HorizontalAdd(Avx2.HorizontalAdd(s4, s5), Avx2.HorizontalAdd(s6, s7));

        // Each 128-bit half now holds partial sums of items 0–3 (low) and 4–7 (high); adding the halves completes them.
        return Avx2.Add(Avx2.Permute2x128(low, high, 0x20), Avx2.Permute2x128(low, high, 0x31));
    }

    /// <summary>32 products of unsigned codes and signed query bytes, summed four at a time into eight exact lanes.</summary>
    private static Vector256<int> Products(Vector256<byte> codes, Vector256<sbyte> query) =>
        Avx2.MultiplyAddAdjacent(Avx2.MultiplyAddAdjacent(codes, query), Vector256.Create((short)1));

    /// <summary>One item's codes times the query: eight lanes of exact partial sums, 32 products per two multiply-adds.</summary>
    private Vector256<int> Dot(ReadOnlySpan<sbyte> query, nuint row)
    {
        ref var codes = ref MemoryMarshal.GetReference(_codes.AsSpan());
        ref var q = ref MemoryMarshal.GetReference(query);
        var sum = Vector256<int>.Zero;
        for (var f = (nuint)0; f < (nuint)Factors; f += (nuint)Width)
        {
            sum += Products(Vector256.LoadUnsafe(ref codes, row + f), Vector256.LoadUnsafe(ref q, f));
        }

        return sum;
    }

    /// <summary>What every item's estimate and bound share for one query.</summary>
    private readonly record struct Terms(int Offset, float Scale, float XL1, float XResidual);
}

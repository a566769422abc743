using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Loyalty.ML.Core;

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
    /// 4, or a factor that is not finite or beyond 10¹⁵ (the float32 scan then decides, as before).
    /// </summary>
    public static QuantizedItems? Build(AlsFactors factors)
    {
        var k = factors.Factors;
        if (!Avx2.IsSupported || k == 0 || k % ItemBlocks.Group != 0 || !AllModest(factors.Items.AsSpan(0, factors.ItemCount * k)))
        {
            return null;
        }

        var count = factors.ItemCount;
        var codes = new byte[ItemBlocks.Count(count) * ItemBlocks.Items * k];
        Array.Fill(codes, (byte)CodeOffset);
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
                codes[ItemBlocks.Offset(item, f, k)] = (byte)(code + CodeOffset);
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
    public (float HighestLower, float LowestUpper)? Bound(ReadOnlySpan<float> x, Span<float> lower, Span<float> upper) => Bound(x, lower, upper, ItemBlocks.Wide);

    /// <summary><see cref="Bound(ReadOnlySpan{float}, Span{float}, Span{float})"/> with the integer kernel chosen: 512-bit (<paramref name="wide"/>) or 256-bit; the same bits either way.</summary>
    internal (float HighestLower, float LowestUpper)? Bound(ReadOnlySpan<float> x, Span<float> lower, Span<float> upper, bool wide)
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
        var extremes = new Extremes(Vector256.Create(float.NegativeInfinity), Vector256.Create(float.PositiveInfinity), float.NegativeInfinity, float.PositiveInfinity);
        var groups = MemoryMarshal.Cast<sbyte, int>(query);
        for (var block = 0; block < ItemBlocks.Count(ItemCount); block++)
        {
            ItemBlocks.Dots(_codes, block, groups, wide, out var first, out var second);
            var item = block * ItemBlocks.Items;
            extremes = Write(first, item, terms, lower, upper, extremes);
            extremes = Write(second, item + Vector256<int>.Count, terms, lower, upper, extremes);
        }

        return (Math.Max(extremes.Most, VectorLanes.Max(extremes.HighestLower)), Math.Min(extremes.Least, VectorLanes.Min(extremes.LowestUpper)));
    }

    /// <summary>The bounds of the eight items from <paramref name="first"/> (fewer at the end of the catalogue), from their integer dots.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Extremes Write(Vector256<int> dots, int first, Terms terms, Span<float> lower, Span<float> upper, Extremes extremes)
    {
        if (first + Vector256<int>.Count <= ItemCount)
        {
            var at = (nuint)first;
            var estimate = Vector256.ConvertToSingle(dots - Vector256.Create(terms.Offset)) * (Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_scales), at) * Vector256.Create(terms.Scale));
            var bound = ((Vector256.Create(terms.XL1) * Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_residuals), at))
                + (Vector256.Create(terms.XResidual) * Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(_l1Norms), at))) * Vector256.Create(Widen);
            var (low, high) = (estimate - bound, estimate + bound);
            low.StoreUnsafe(ref MemoryMarshal.GetReference(lower), at);
            high.StoreUnsafe(ref MemoryMarshal.GetReference(upper), at);
            return extremes with { HighestLower = Vector256.Max(extremes.HighestLower, low), LowestUpper = Vector256.Min(extremes.LowestUpper, high) };
        }

        for (var item = first; item < ItemCount; item++)
        {
            var estimate = (dots.GetElement(item - first) - terms.Offset) * (_scales[item] * terms.Scale);
            var bound = ((terms.XL1 * _residuals[item]) + (terms.XResidual * _l1Norms[item])) * Widen;
            (lower[item], upper[item]) = (estimate - bound, estimate + bound);
            extremes = extremes with { Most = Math.Max(extremes.Most, lower[item]), Least = Math.Min(extremes.Least, upper[item]) };
        }

        return extremes;
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

    /// <summary>What every item's estimate and bound share for one query.</summary>
    private readonly record struct Terms(int Offset, float Scale, float XL1, float XResidual);

    /// <summary>The highest lower and lowest upper bound so far: eight lanes from whole groups of eight, one value from the rest.</summary>
    private readonly record struct Extremes(Vector256<float> HighestLower, Vector256<float> LowestUpper, float Most, float Least);
}

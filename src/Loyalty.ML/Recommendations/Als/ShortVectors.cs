using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Loyalty.ML.Recommendations.Als;

/// <summary>
/// <see cref="TensorPrimitives.Dot{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> and
/// <see cref="TensorPrimitives.MultiplyAdd{T}(ReadOnlySpan{T}, T, ReadOnlySpan{T}, Span{T})"/> on a factor row, with
/// the same bits. On a factor row (16 to 128 floats, a multiple of 16) with 512-bit vectors, TensorPrimitives sums
/// the 16-float products in order into one vector, adds a zero end block and reduces it with
/// <see cref="Vector512.Sum{T}(Vector512{T})"/>; the multiply-add rounds the product before the add. Doing the same
/// inline saves the per-call dispatch, preloads and masks that cost more than the arithmetic at this length (the ALS
/// solver makes tens of calls per row and step). Other lengths and machines take TensorPrimitives itself.
/// </summary>
internal static class ShortVectors
{
    private const int Width = 16;

    private const int MaxLength = 8 * Width;

    /// <summary>x · y, bit for bit what TensorPrimitives.Dot returns.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        if (!Inlined(x.Length) || y.Length != x.Length)
        {
            return TensorPrimitives.Dot(x, y);
        }

        ref var xs = ref MemoryMarshal.GetReference(x);
        ref var ys = ref MemoryMarshal.GetReference(y);
        var sum = Vector512<float>.Zero;
        for (nuint offset = 0; offset < (nuint)x.Length; offset += Width)
        {
            sum += Vector512.LoadUnsafe(ref xs, offset) * Vector512.LoadUnsafe(ref ys, offset);
        }

        // TensorPrimitives adds its (empty) trailing block last: kept, as it turns a −0 lane into +0.
        sum += Vector512<float>.Zero;
        return Vector512.Sum(sum);
    }

    /// <summary>destination = x · factor + addend, element by element (product rounded, then added), as TensorPrimitives.MultiplyAdd.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MultiplyAdd(ReadOnlySpan<float> x, float factor, ReadOnlySpan<float> addend, Span<float> destination)
    {
        if (!Inlined(x.Length) || addend.Length != x.Length || destination.Length != x.Length)
        {
            TensorPrimitives.MultiplyAdd(x, factor, addend, destination);
            return;
        }

        ref var xs = ref MemoryMarshal.GetReference(x);
        ref var adds = ref MemoryMarshal.GetReference(addend);
        ref var result = ref MemoryMarshal.GetReference(destination);
        var scale = Vector512.Create(factor);
        for (nuint offset = 0; offset < (nuint)x.Length; offset += Width)
        {
            ((Vector512.LoadUnsafe(ref xs, offset) * scale) + Vector512.LoadUnsafe(ref adds, offset)).StoreUnsafe(ref result, offset);
        }
    }

    /// <summary>True when a row of <paramref name="length"/> floats is done inline on this machine (else TensorPrimitives does it).</summary>
    public static bool Inlined(int length) => Vector512.IsHardwareAccelerated && length % Width == 0 && length is > 0 and <= MaxLength;
}

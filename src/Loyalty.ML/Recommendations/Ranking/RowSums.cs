using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>
/// Adds chosen rows of a row-major matrix into one sum, four rows per pass over the sum: each element gets the rows'
/// values added one after another in the order given, the same float additions as one pass per row, with a quarter of
/// the passes over the sum and four rows read from memory side by side.
/// </summary>
internal static class RowSums
{
    private const int RowsPerPass = 4;

    /// <summary><paramref name="sum"/>[j] += <paramref name="matrix"/>[r·n + j] for each r of <paramref name="rows"/> in order, n the sum's length.</summary>
    public static void Add(ReadOnlySpan<float> matrix, ReadOnlySpan<int> rows, Span<float> sum)
    {
        var size = sum.Length;
        var index = 0;
        for (; Vector256.IsHardwareAccelerated && index + RowsPerPass <= rows.Length; index += RowsPerPass)
        {
            AddFour(Row(matrix, rows[index], size), Row(matrix, rows[index + 1], size), Row(matrix, rows[index + 2], size), Row(matrix, rows[index + 3], size), sum);
        }

        for (; index < rows.Length; index++)
        {
            TensorPrimitives.Add(sum, Row(matrix, rows[index], size), sum);
        }
    }

    private static ReadOnlySpan<float> Row(ReadOnlySpan<float> matrix, int row, int size) => matrix.Slice(row * size, size);

    private static void AddFour(ReadOnlySpan<float> first, ReadOnlySpan<float> second, ReadOnlySpan<float> third, ReadOnlySpan<float> fourth, Span<float> sum)
    {
        ref var total = ref MemoryMarshal.GetReference(sum);
        ref var a = ref MemoryMarshal.GetReference(first);
        ref var b = ref MemoryMarshal.GetReference(second);
        ref var c = ref MemoryMarshal.GetReference(third);
        ref var d = ref MemoryMarshal.GetReference(fourth);
        var width = Vector256<float>.Count;
        var at = 0;
        for (; at + width <= sum.Length; at += width)
        {
            var position = (nuint)at;
            var value = Vector256.LoadUnsafe(ref total, position) + Vector256.LoadUnsafe(ref a, position);
            value += Vector256.LoadUnsafe(ref b, position);
            value += Vector256.LoadUnsafe(ref c, position);
            (value + Vector256.LoadUnsafe(ref d, position)).StoreUnsafe(ref total, position);
        }

        for (; at < sum.Length; at++)
        {
            sum[at] = sum[at] + first[at] + second[at] + third[at] + fourth[at];
        }
    }
}

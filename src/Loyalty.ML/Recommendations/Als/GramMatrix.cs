using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Loyalty.ML.Recommendations.Als;

/// <summary>Computes YᵀY + λI, the part of every row's normal equations shared by all rows of a sweep.</summary>
internal static class GramMatrix
{
    // A fixed number of chunks summed in order keeps the result bit-identical whatever the thread count.
    private const int Chunks = 16;

    public static void Compute(float[] factors, int rows, int k, float regularization, float[] gram, int threads)
    {
        var partials = new float[Chunks][];
        Parallel.For(0, Chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, chunk =>
        {
            var partial = new float[k * k];
            var (start, end) = Range(rows, chunk);
            // k a whole number of 512-bit vectors (what ShortVectors inlines): SumBlocks' 16 × 16 blocks tile the matrix.
            if (ShortVectors.Inlined(k))
            {
                SumBlocks(factors.AsSpan(start * k, (end - start) * k), k, partial);
            }
            else
            {
                for (var row = start; row < end; row++)
                {
                    var y = factors.AsSpan(row * k, k);
                    for (var a = 0; a < k; a++)
                    {
                        var target = partial.AsSpan(a * k, k);
                        ShortVectors.MultiplyAdd(y, y[a], target, target);
                    }
                }
            }

            partials[chunk] = partial;
        });

        Array.Clear(gram);
        foreach (var partial in partials)
        {
            TensorPrimitives.Add(gram, partial, gram);
        }

        for (var a = 0; a < k; a++)
        {
            gram[(a * k) + a] += regularization;
        }
    }

    /// <summary>
    /// Writes Σ over the rows y of <paramref name="rows"/> of y yᵀ to <paramref name="partial"/>, a 16 × 16 block at a
    /// time with its sixteen sums in registers: per element the rounded product y[b]·y[a] added to the sum (from zero)
    /// row after row, the same operations in the same order as one multiply-add per row and factor
    /// (<see cref="ShortVectors.MultiplyAdd"/>), so the same bits. y[a]·y[b] is y[b]·y[a] to the bit, so only the
    /// blocks on and above the diagonal are summed and the others copied from them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void SumBlocks(ReadOnlySpan<float> rows, int k, Span<float> partial)
    {
        const int width = 16;
        var count = rows.Length / k;
        ArgumentOutOfRangeException.ThrowIfLessThan(partial.Length, k * k, nameof(partial));
        ref var y = ref MemoryMarshal.GetReference(rows);
        ref var sums = ref MemoryMarshal.GetReference(partial);
        var stride = (nuint)k;
        for (var first = 0; first < k; first += width)
        {
            for (var column = first; column < k; column += width)
            {
                Vector512<float> s0 = default, s1 = default, s2 = default, s3 = default, s4 = default, s5 = default, s6 = default, s7 = default;
                Vector512<float> s8 = default, s9 = default, s10 = default, s11 = default, s12 = default, s13 = default, s14 = default, s15 = default;
                for (var row = 0; row < count; row++)
                {
                    ref var r = ref Unsafe.Add(ref y, (nuint)row * stride);
                    ref var a = ref Unsafe.Add(ref r, (nuint)first);
                    var v = Vector512.LoadUnsafe(ref r, (nuint)column);
                    s0 = (v * Vector512.Create(a)) + s0;
                    s1 = (v * Vector512.Create(Unsafe.Add(ref a, 1))) + s1;
                    s2 = (v * Vector512.Create(Unsafe.Add(ref a, 2))) + s2;
                    s3 = (v * Vector512.Create(Unsafe.Add(ref a, 3))) + s3;
                    s4 = (v * Vector512.Create(Unsafe.Add(ref a, 4))) + s4;
                    s5 = (v * Vector512.Create(Unsafe.Add(ref a, 5))) + s5;
                    s6 = (v * Vector512.Create(Unsafe.Add(ref a, 6))) + s6;
                    s7 = (v * Vector512.Create(Unsafe.Add(ref a, 7))) + s7;
                    s8 = (v * Vector512.Create(Unsafe.Add(ref a, 8))) + s8;
                    s9 = (v * Vector512.Create(Unsafe.Add(ref a, 9))) + s9;
                    s10 = (v * Vector512.Create(Unsafe.Add(ref a, 10))) + s10;
                    s11 = (v * Vector512.Create(Unsafe.Add(ref a, 11))) + s11;
                    s12 = (v * Vector512.Create(Unsafe.Add(ref a, 12))) + s12;
                    s13 = (v * Vector512.Create(Unsafe.Add(ref a, 13))) + s13;
                    s14 = (v * Vector512.Create(Unsafe.Add(ref a, 14))) + s14;
                    s15 = (v * Vector512.Create(Unsafe.Add(ref a, 15))) + s15;
                }

                ref var block = ref Unsafe.Add(ref sums, ((nuint)first * stride) + (nuint)column);
                s0.StoreUnsafe(ref block);
                s1.StoreUnsafe(ref block, stride);
                s2.StoreUnsafe(ref block, 2 * stride);
                s3.StoreUnsafe(ref block, 3 * stride);
                s4.StoreUnsafe(ref block, 4 * stride);
                s5.StoreUnsafe(ref block, 5 * stride);
                s6.StoreUnsafe(ref block, 6 * stride);
                s7.StoreUnsafe(ref block, 7 * stride);
                s8.StoreUnsafe(ref block, 8 * stride);
                s9.StoreUnsafe(ref block, 9 * stride);
                s10.StoreUnsafe(ref block, 10 * stride);
                s11.StoreUnsafe(ref block, 11 * stride);
                s12.StoreUnsafe(ref block, 12 * stride);
                s13.StoreUnsafe(ref block, 13 * stride);
                s14.StoreUnsafe(ref block, 14 * stride);
                s15.StoreUnsafe(ref block, 15 * stride);
            }
        }

        for (var a = 0; a < k; a++)
        {
            for (var b = (a / width * width) + width; b < k; b++)
            {
                partial[(b * k) + a] = partial[(a * k) + b];
            }
        }
    }

    private static (int Start, int End) Range(int rows, int chunk) =>
        ((int)((long)rows * chunk / Chunks), (int)((long)rows * (chunk + 1) / Chunks));
}

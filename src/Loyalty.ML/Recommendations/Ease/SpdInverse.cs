using System.Numerics;
using System.Runtime.InteropServices;

namespace Loyalty.ML.Recommendations.Ease;

/// <summary>
/// In-place inverse of a symmetric positive definite float32 matrix by the blocked sweep operator (Goodnight 1979):
/// sweeping a block K of pivots replaces A_KK by −A_KK⁻¹, A_iK by A_iK·A_KK⁻¹ and every other A_ij by
/// A_ij − A_iK·A_KK⁻¹·A_Kj; after every block A holds −A⁻¹. Each block is one pass of SIMD row updates over the
/// matrix (rows in parallel, the block's pivot rows shared from cache), so it runs at the machine's vector speed:
/// measured against MathNet.Numerics' managed Cholesky solve, which this replaces (README, "EASE size").
/// </summary>
public static class SpdInverse
{
    /// <summary>Pivots swept per block: every block costs the same, 2 · n² · this many flops.</summary>
    public const int Block = 64;

    /// <summary>Inverts the <paramref name="n"/> × <paramref name="n"/> row-major <paramref name="matrix"/> in place on <paramref name="threads"/> threads.</summary>
    public static void Invert(float[] matrix, int n, int threads)
    {
        Sweep(matrix, n, threads, int.MaxValue);
        System.Numerics.Tensors.TensorPrimitives.Negate(matrix, matrix);
    }

    /// <summary>
    /// Sweeps only the first <paramref name="blocks"/> blocks of pivots (the matrix is then not inverted): a benchmark
    /// times a share of a large inverse, each block doing the same work.
    /// </summary>
    public static void SweepBlocks(float[] matrix, int n, int threads, int blocks) => Sweep(matrix, n, threads, blocks);

    private static void Sweep(float[] matrix, int n, int threads, int blocks)
    {
        var pivots = new float[Math.Min(Block, n) * n];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        for (var start = 0; start < n && start / Block < blocks; start += Block)
        {
            var size = Math.Min(Block, n - start);
            for (var k = 0; k < size; k++)
            {
                matrix.AsSpan((start + k) * n, n).CopyTo(pivots.AsSpan(k * n, n));
            }

            var inverse = InvertBlock(pivots, n, start, size);
            Parallel.For(0, n, options, () => new float[size], (row, _, u) =>
            {
                if (row >= start && row < start + size)
                {
                    SweepPivotRow(matrix, pivots, inverse, n, start, size, row - start);
                }
                else
                {
                    SweepRow(matrix.AsSpan(row * n, n), pivots, inverse, n, start, size, u);
                }

                return u;
            }, _ => { });
        }
    }

    // A_KK⁻¹ of the current pivot block, in double (the block is small; its inverse steers every row).
    private static double[] InvertBlock(float[] pivots, int n, int start, int size)
    {
        var block = new double[size * size];
        for (var k = 0; k < size; k++)
        {
            for (var m = 0; m < size; m++)
            {
                block[(k * size) + m] = pivots[(k * n) + start + m];
            }
        }

        for (var k = 0; k < size; k++)
        {
            var pivot = block[(k * size) + k];
            if (!(pivot > 0))
            {
                throw new InvalidOperationException($"the matrix is not positive definite (pivot {start + k} is {pivot})");
            }

            for (var i = 0; i < size; i++)
            {
                for (var j = 0; j < size; j++)
                {
                    if (i != k && j != k)
                    {
                        block[(i * size) + j] -= block[(i * size) + k] * block[(k * size) + j] / pivot;
                    }
                }
            }

            for (var i = 0; i < size; i++)
            {
                if (i != k)
                {
                    block[(i * size) + k] /= pivot;
                    block[(k * size) + i] /= pivot;
                }
            }

            block[(k * size) + k] = -1 / pivot;
        }

        for (var index = 0; index < block.Length; index++)
        {
            block[index] = -block[index];
        }

        return block;
    }

    // Row i outside the block: u = A_iK·S, A_i· −= u·A_K·, then A_iK = u.
    private static void SweepRow(Span<float> row, float[] pivots, double[] inverse, int n, int start, int size, float[] u)
    {
        for (var k = 0; k < size; k++)
        {
            double sum = 0;
            for (var m = 0; m < size; m++)
            {
                sum += row[start + m] * inverse[(m * size) + k];
            }

            u[k] = (float)sum;
        }

        var k4 = 0;
        for (; k4 + 4 <= size; k4 += 4)
        {
            SubtractFour(row, pivots.AsSpan(k4 * n, 4 * n), n, u[k4], u[k4 + 1], u[k4 + 2], u[k4 + 3]);
        }

        for (; k4 < size; k4++)
        {
            System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(pivots.AsSpan(k4 * n, n), -u[k4], row, row);
        }

        u.AsSpan(0, size).CopyTo(row.Slice(start, size));
    }

    // Row k of the block: A_kj = (S·A_K·)_kj outside the block (the block's columns of the other rows, by symmetry), A_KK = −S.
    private static void SweepPivotRow(float[] matrix, float[] pivots, double[] inverse, int n, int start, int size, int k)
    {
        var row = matrix.AsSpan((start + k) * n, n);
        row.Clear();
        for (var m = 0; m < size; m++)
        {
            System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(pivots.AsSpan(m * n, n), (float)inverse[(k * size) + m], row, row);
        }

        for (var m = 0; m < size; m++)
        {
            row[start + m] = (float)-inverse[(k * size) + m];
        }
    }

    // row −= a·p0 + b·p1 + c·p2 + d·p3 in one pass, so the row is loaded and stored once for four pivot rows.
    private static void SubtractFour(Span<float> row, ReadOnlySpan<float> four, int n, float a, float b, float c, float d)
    {
        var width = Vector<float>.Count;
        var (va, vb, vc, vd) = (new Vector<float>(a), new Vector<float>(b), new Vector<float>(c), new Vector<float>(d));
        var target = MemoryMarshal.Cast<float, Vector<float>>(row);
        var p0 = MemoryMarshal.Cast<float, Vector<float>>(four[..n]);
        var p1 = MemoryMarshal.Cast<float, Vector<float>>(four.Slice(n, n));
        var p2 = MemoryMarshal.Cast<float, Vector<float>>(four.Slice(2 * n, n));
        var p3 = MemoryMarshal.Cast<float, Vector<float>>(four.Slice(3 * n, n));
        for (var index = 0; index < target.Length; index++)
        {
            target[index] -= (va * p0[index]) + (vb * p1[index]) + (vc * p2[index]) + (vd * p3[index]);
        }

        for (var column = target.Length * width; column < n; column++)
        {
            row[column] -= (a * four[column]) + (b * four[n + column]) + (c * four[(2 * n) + column]) + (d * four[(3 * n) + column]);
        }
    }
}

using System.Numerics;
using System.Runtime.InteropServices;

namespace Loyalty.ML.Recommendations.Ease;

/// <summary>The small dense algebra of one block of pivots, in double: its inverse, and a row of the panel times it.</summary>
internal static class PivotBlock
{
    /// <summary>A_KK⁻¹ of the <paramref name="size"/> pivots from <paramref name="start"/>, read from the panel (row j holds A[j, K]).</summary>
    public static double[] Invert(float[] panel, int start, int size)
    {
        var block = new double[size * size];
        for (var k = 0; k < size; k++)
        {
            for (var m = 0; m < size; m++)
            {
                block[(k * size) + m] = panel[((start + k) * size) + m];
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

    /// <summary>Writes <paramref name="row"/> · <paramref name="inverse"/> (accumulated in double) into <paramref name="result"/>.</summary>
    public static void Multiply(ReadOnlySpan<float> row, double[] inverse, Span<float> result)
    {
        var size = row.Length;
        Span<double> sum = stackalloc double[size];
        sum.Clear();
        var sums = MemoryMarshal.Cast<double, Vector<double>>(sum);
        var vectorEnd = sums.Length * Vector<double>.Count;
        for (var m = 0; m < size; m++)
        {
            var factor = new Vector<double>(row[m]);
            var inverseRow = MemoryMarshal.Cast<double, Vector<double>>(inverse.AsSpan(m * size, size));
            for (var v = 0; v < sums.Length; v++)
            {
                sums[v] += factor * inverseRow[v];
            }

            for (var k = vectorEnd; k < size; k++)
            {
                sum[k] += row[m] * inverse[(m * size) + k];
            }
        }

        for (var k = 0; k < size; k++)
        {
            result[k] = (float)sum[k];
        }
    }
}

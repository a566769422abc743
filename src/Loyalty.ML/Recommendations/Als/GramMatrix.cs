using System.Numerics.Tensors;

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
            for (var row = start; row < end; row++)
            {
                var y = factors.AsSpan(row * k, k);
                for (var a = 0; a < k; a++)
                {
                    var target = partial.AsSpan(a * k, k);
                    ShortVectors.MultiplyAdd(y, y[a], target, target);
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

    private static (int Start, int End) Range(int rows, int chunk) =>
        ((int)((long)rows * chunk / Chunks), (int)((long)rows * (chunk + 1) / Chunks));
}

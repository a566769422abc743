using System.Diagnostics;
using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Als;

/// <summary>
/// Implicit-feedback ALS (Hu, Koren &amp; Volinsky 2008) with the conjugate-gradient row solver. Each half-sweep
/// solves every row against the other side's fixed factors, so rows are independent: the result depends on the
/// seed only, not on how rows are spread over threads. Each row starts from its business id (<see cref="InitialFactors"/>),
/// so the fit does not depend on the order ids were first seen in, nor on rows the window leaves empty.
/// </summary>
internal static class ImplicitAls
{
    private const int RowsPerChunk = 256;

    /// <summary>Fits factors to a customer × item confidence matrix whose rows and columns are the given ids; from <paramref name="warm"/>'s factors when given.</summary>
    public static (AlsFactors Factors, AlsTrainingStats Stats) Fit(
        CsrMatrix confidence, AlsOptions options, IReadOnlyList<string> customerIds, IReadOnlyList<string> itemIds, Action<int>? iterationDone = null, WarmStart? warm = null)
    {
        var k = options.Factors;
        var transposed = confidence.Transpose();
        var customers = InitialFactors.Draw(confidence, customerIds, DerivedSeed.Of(options.Seed, 0), k);
        var items = InitialFactors.Draw(transposed, itemIds, DerivedSeed.Of(options.Seed, 1), k);
        if (warm is not null)
        {
            customers = WarmStart.Rows(warm.From.Customers, customers, confidence, k);
            items = WarmStart.Rows(warm.From.Items, items, transposed, k);
        }

        var iterations = warm?.Iterations ?? options.Iterations;
        var gram = new float[k * k];
        var stopwatch = Stopwatch.StartNew();
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        long flops = 0;
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            flops += Sweep(confidence, items, customers, gram, options);
            flops += Sweep(transposed, customers, items, gram, options);
            iterationDone?.Invoke(iteration + 1);
        }

        stopwatch.Stop();
        var factors = new AlsFactors(confidence.Rows, confidence.Columns, k, customers, items);
        return (factors, new AlsTrainingStats(flops, stopwatch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuStart));
    }

    /// <summary>Solves every row of <paramref name="solved"/> against the fixed <paramref name="fixedSide"/>; returns the flops.</summary>
    private static long Sweep(CsrMatrix matrix, float[] fixedSide, float[] solved, float[] gram, AlsOptions options)
    {
        var k = options.Factors;
        GramMatrix.Compute(fixedSide, matrix.Columns, k, options.Regularization, gram, options.Threads);
        var chunks = (matrix.Rows + RowsPerChunk - 1) / RowsPerChunk;
        long flops = 2L * matrix.Columns * k * k;
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = options.Threads },
            () => (Scratch: new float[3 * k], Flops: 0L),
            (chunk, _, local) =>
            {
                var end = Math.Min(matrix.Rows, (chunk + 1) * RowsPerChunk);
                for (var row = chunk * RowsPerChunk; row < end; row++)
                {
                    local.Flops += ConjugateGradient.Solve(
                        gram, fixedSide, matrix.RowIndices(row), matrix.RowValues(row), solved.AsSpan(row * k, k), options.CgSteps, local.Scratch);
                }

                return local;
            },
            local => Interlocked.Add(ref flops, local.Flops));
        return flops;
    }
}

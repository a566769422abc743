using System.Diagnostics;
using System.Numerics.Tensors;

namespace Loyalty.ML.Benchmarks;

/// <summary>
/// The yardstick for the ALS sweeps: GFLOP/s of <see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/>
/// on rows of length k taken from a factor matrix, on the same number of threads, measured in the same run.
/// </summary>
internal static class DotThroughput
{
    /// <returns>GFLOP per wall second and per CPU-second of the process.</returns>
    public static (double Wall, double Cpu) Measure(float[] matrix, int k, int threads, TimeSpan duration)
    {
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var rows = matrix.Length / k;
        long flops = 0;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
        {
            var x = matrix.AsSpan((thread % rows) * k, k).ToArray();
            var sum = 0f;
            long done = 0;
            while (clock.Elapsed < duration)
            {
                for (var row = 0; row < rows; row++)
                {
                    sum += TensorPrimitives.Dot(matrix.AsSpan(row * k, k), x);
                }

                done += rows;
            }

            x[0] = sum;
            Interlocked.Add(ref flops, done * 2L * k);
        });
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
        return (flops / clock.Elapsed.TotalSeconds / 1e9, flops / cpu.TotalSeconds / 1e9);
    }
}

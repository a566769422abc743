using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Loyalty.ML.Benchmarks;

/// <summary>
/// What one core can do: GFLOP per CPU-second of eight independent chains of fused multiply-adds on the widest
/// vectors the machine runs (512 bits where accelerated, else 256), held in registers. The ceiling the ALS sweeps'
/// GFLOP/s is read against; a sweep that also loads, reduces and branches stays well under it.
/// </summary>
internal static class FmaPeak
{
    private const long Rounds = 50_000_000;

    public static double Measure()
    {
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var (sink, width) = Vector512.IsHardwareAccelerated ? (Chains512(Rounds), Vector512<float>.Count) : (Chains256(Rounds), Vector256<float>.Count);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
        GC.KeepAlive(sink);
        return Rounds * 8 * 2 * width / Math.Max(cpu.TotalSeconds, 1e-9) / 1e9;
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static float Chains512(long rounds)
    {
        var (a, b) = (Vector512.Create(0.999f), Vector512.Create(0.001f));
        Vector512<float> c0 = a, c1 = b, c2 = a + b, c3 = a - b, c4 = a * b, c5 = a + a, c6 = b + b, c7 = a * a;
        for (var round = 0L; round < rounds; round++)
        {
            (c0, c1, c2, c3) = (Vector512.FusedMultiplyAdd(c0, a, b), Vector512.FusedMultiplyAdd(c1, a, b), Vector512.FusedMultiplyAdd(c2, a, b), Vector512.FusedMultiplyAdd(c3, a, b));
            (c4, c5, c6, c7) = (Vector512.FusedMultiplyAdd(c4, a, b), Vector512.FusedMultiplyAdd(c5, a, b), Vector512.FusedMultiplyAdd(c6, a, b), Vector512.FusedMultiplyAdd(c7, a, b));
        }

        return Vector512.Sum(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7);
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static float Chains256(long rounds)
    {
        var (a, b) = (Vector256.Create(0.999f), Vector256.Create(0.001f));
        Vector256<float> c0 = a, c1 = b, c2 = a + b, c3 = a - b, c4 = a * b, c5 = a + a, c6 = b + b, c7 = a * a;
        for (var round = 0L; round < rounds; round++)
        {
            (c0, c1, c2, c3) = (Vector256.FusedMultiplyAdd(c0, a, b), Vector256.FusedMultiplyAdd(c1, a, b), Vector256.FusedMultiplyAdd(c2, a, b), Vector256.FusedMultiplyAdd(c3, a, b));
            (c4, c5, c6, c7) = (Vector256.FusedMultiplyAdd(c4, a, b), Vector256.FusedMultiplyAdd(c5, a, b), Vector256.FusedMultiplyAdd(c6, a, b), Vector256.FusedMultiplyAdd(c7, a, b));
        }

        return Vector256.Sum(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7);
    }
}

namespace Loyalty.ML.Recommendations.Als;

/// <summary>Work done by an ALS fit: floating-point operations counted in the solver, wall time and process CPU time.</summary>
public sealed record AlsTrainingStats(long FloatingPointOperations, TimeSpan Elapsed, TimeSpan CpuTime)
{
    /// <summary>GFLOP per wall-clock second.</summary>
    public double GigaflopsPerSecond => FloatingPointOperations / Math.Max(Elapsed.TotalSeconds, 1e-9) / 1e9;

    /// <summary>GFLOP per CPU-second: unaffected by waiting for a core on a shared machine.</summary>
    public double GigaflopsPerCpuSecond => FloatingPointOperations / Math.Max(CpuTime.TotalSeconds, 1e-9) / 1e9;
}

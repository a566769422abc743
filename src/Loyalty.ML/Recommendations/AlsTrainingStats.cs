namespace Loyalty.ML.Recommendations;

/// <summary>Work done by an ALS fit: floating-point operations counted in the solver, and wall time.</summary>
internal sealed record AlsTrainingStats(long FloatingPointOperations, TimeSpan Elapsed)
{
    public double GigaflopsPerSecond => FloatingPointOperations / Math.Max(Elapsed.TotalSeconds, 1e-9) / 1e9;
}

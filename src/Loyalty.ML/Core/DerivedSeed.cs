namespace Loyalty.ML.Core;

/// <summary>Seeds of independent random streams (one per resample, per cutoff) derived from a run's seed.</summary>
internal static class DerivedSeed
{
    /// <summary>
    /// The seed of stream <paramref name="stream"/> of <paramref name="seed"/>. Not <see cref="HashCode.Combine{T1, T2}"/>:
    /// it is salted per process, and what is drawn must repeat from run to run.
    /// </summary>
    public static int Of(int seed, int stream) => unchecked((seed * 1_000_003) + stream);
}

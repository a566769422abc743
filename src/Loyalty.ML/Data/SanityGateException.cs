namespace Loyalty.ML.Data;

/// <summary>One or more <see cref="SanityGate"/>s failed: the run stops before it publishes. The message names each gate and how to allow it.</summary>
public sealed class SanityGateException : Exception
{
    /// <summary>Creates the exception for the gates that block; <paramref name="report"/> is the validation report when a data gate failed.</summary>
    public SanityGateException(IReadOnlyList<SanityGate> blocking, DataReport? report = null)
        : base(Format(blocking))
    {
        Blocking = blocking;
        Report = report;
    }

    /// <summary>The gates that failed and were not allowed.</summary>
    public IReadOnlyList<SanityGate> Blocking { get; }

    /// <summary>The validation report of the data, every gate listed, when a data gate failed; null for a run's own gates.</summary>
    public DataReport? Report { get; }

    /// <summary>Throws when any of <paramref name="gates"/> blocks, carrying <paramref name="report"/>.</summary>
    public static void ThrowIfAnyBlocks(IEnumerable<SanityGate> gates, DataReport? report = null)
    {
        var blocking = gates.Where(gate => gate.Blocks).ToList();
        if (blocking.Count > 0)
        {
            throw new SanityGateException(blocking, report);
        }
    }

    private static string Format(IReadOnlyList<SanityGate> blocking) =>
        "sanity gate failed: " + string.Join("; ", blocking.Select(gate => $"{gate.Name}: {gate.Detail}"))
        + ". Fix the data, or publish anyway with " + string.Join(" ", blocking.Select(gate => $"--allow {gate.Name}")) + ".";
}

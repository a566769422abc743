namespace Loyalty.ML.Data;

/// <summary>One or more <see cref="SanityGate"/>s failed: the run stops before it publishes. The message names each gate and how to allow it.</summary>
public sealed class SanityGateException : Exception
{
    /// <summary>Creates the exception for the gates that block.</summary>
    public SanityGateException(IReadOnlyList<SanityGate> blocking)
        : base(Format(blocking))
    {
        Blocking = blocking;
    }

    /// <summary>The gates that failed and were not allowed.</summary>
    public IReadOnlyList<SanityGate> Blocking { get; }

    /// <summary>Throws when any of <paramref name="gates"/> blocks.</summary>
    public static void ThrowIfAnyBlocks(IEnumerable<SanityGate> gates)
    {
        var blocking = gates.Where(gate => gate.Blocks).ToList();
        if (blocking.Count > 0)
        {
            throw new SanityGateException(blocking);
        }
    }

    private static string Format(IReadOnlyList<SanityGate> blocking) =>
        "sanity gate failed: " + string.Join("; ", blocking.Select(gate => $"{gate.Name}: {gate.Detail}"))
        + ". Fix the data, or publish anyway with " + string.Join(" ", blocking.Select(gate => $"--allow {gate.Name}")) + ".";
}

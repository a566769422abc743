namespace Loyalty.ML.Data;

/// <summary>How strict a load is.</summary>
public sealed record LoadOptions
{
    /// <summary>Default: at most 0.1% malformed rows per file, five examples kept per outcome.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>Largest share (0 to 1) of malformed rows in a file before the load fails.</summary>
    public double MaxMalformedFraction { get; init; } = 0.001;

    /// <summary>Examples kept per outcome in the report.</summary>
    public int MaxExamples { get; init; } = 5;

    /// <summary>Names of the <see cref="SanityGate"/>s the user allowed to fail (<c>train --allow NAME</c>).</summary>
    public IReadOnlySet<string> AllowedGates { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}

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

    /// <summary>Clock that sets the default <see cref="LatestDate"/>; the system clock unless a test fakes it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>First plausible purchase (and signup) date; earlier dates are <c>bad_date</c>. Default 1970-01-01.</summary>
    public DateOnly EarliestDate { get; init; } = Ingestion.Values.DateWindow.EarliestPurchase;

    /// <summary>Last plausible date (inclusive); later dates are <c>bad_date</c>. Null: the <see cref="Clock"/>'s UTC day plus one.</summary>
    public DateOnly? LatestDate { get; init; }

    /// <summary>Names of the <see cref="SanityGate"/>s the user allowed to fail (<c>train --allow NAME</c>).</summary>
    public IReadOnlySet<string> AllowedGates { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Stored events (purchases reported to the API) to take as data beside the files; none when null.</summary>
    public Events.EventSource? Events { get; init; }
}

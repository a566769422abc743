namespace Loyalty.ML.Data;

/// <summary>
/// Validation of one source file: every row read has exactly one outcome, so
/// <see cref="RowsAccepted"/> + <see cref="RowsExcluded"/> + <see cref="RowsMalformed"/> = <see cref="RowsRead"/>.
/// </summary>
public sealed record FileReport
{
    /// <summary>The file, as given.</summary>
    public required string File { get; init; }

    /// <summary>Data rows read (header and blank lines not counted).</summary>
    public required long RowsRead { get; init; }

    /// <summary>Rows accepted.</summary>
    public required long RowsAccepted { get; init; }

    /// <summary>Rows excluded by a named rule (including cancellations, which are kept as returns).</summary>
    public required long RowsExcluded { get; init; }

    /// <summary>Rows that could not be read as the mapping says.</summary>
    public required long RowsMalformed { get; init; }

    /// <summary>Row count per outcome name (every outcome listed, zeros included).</summary>
    public required IReadOnlyDictionary<string, long> Outcomes { get; init; }

    /// <summary>The first rows of each outcome other than accepted, with line and reason.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<RowIssue>> Examples { get; init; }
}

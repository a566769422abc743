namespace Loyalty.ML.Data;

/// <summary>
/// The validation report of a load, written to the bundle as <c>data_report.json</c>. The top-level row
/// counts are those of the transactions file; the item and customer files have their own sections.
/// </summary>
public sealed record DataReport
{
    /// <summary>Transactions rows read.</summary>
    public required long RowsRead { get; init; }

    /// <summary>Transactions rows accepted as purchases.</summary>
    public required long RowsAccepted { get; init; }

    /// <summary>Transactions rows excluded by a named rule.</summary>
    public required long RowsExcluded { get; init; }

    /// <summary>Transactions rows that were malformed.</summary>
    public required long RowsMalformed { get; init; }

    /// <summary>Transactions rows per outcome name; the values add up to <see cref="RowsRead"/>.</summary>
    public required IReadOnlyDictionary<string, long> Outcomes { get; init; }

    /// <summary>Outcome names in the order the rules are checked: a row gets the first that applies.</summary>
    public required IReadOnlyList<string> RuleOrder { get; init; }

    /// <summary>Largest share of malformed rows a load accepts.</summary>
    public required double MalformedThreshold { get; init; }

    /// <summary>The transactions file's report, with examples.</summary>
    public required FileReport Transactions { get; init; }

    /// <summary>The item catalog file's report, when one was read.</summary>
    public FileReport? Items { get; init; }

    /// <summary>The customers file's report, when one was read.</summary>
    public FileReport? Customers { get; init; }

    /// <summary>What was loaded: distinct customers, items, purchase and return lines, and the time span.</summary>
    public HistorySummary? History { get; init; }

    /// <summary>The sanity gates checked before publishing, passed, failed or allowed (data gates first, then the run's own).</summary>
    public IReadOnlyList<SanityGate> Gates { get; init; } = [];

    /// <summary>Things the user should know that are not row outcomes (e.g. a file that was not read and why).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>What was taken from the event store, when the run read one: a source of its own.</summary>
    public Events.EventsReport? Events { get; init; }

    /// <summary>How the mapping asks for the data's dates and amounts to be written (mapping key <c>display</c>); null: ISO dates, no currency.</summary>
    public Mapping.DisplayFormat? Display { get; init; }
}

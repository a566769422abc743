namespace Loyalty.ML.Data.Mapping;

/// <summary>
/// Maps an export's files onto the data contract: which column holds which field, how dates and
/// numbers are written, and which rows are not purchases. Read from JSON by <see cref="ColumnMappingLoader"/>;
/// <see cref="Default"/> reads the sample format with no mapping file.
/// </summary>
public sealed record ColumnMapping
{
    /// <summary>The mapping of the sample format (<c>data/sample/</c>).</summary>
    public static ColumnMapping Default { get; } = new();

    /// <summary>How the transactions file is read.</summary>
    public TransactionMapping Transactions { get; init; } = new();

    /// <summary>How the optional item catalog file is read.</summary>
    public ItemMapping Items { get; init; } = new();

    /// <summary>How the optional customers file is read.</summary>
    public CustomerMapping Customers { get; init; } = new();

    /// <summary>How the report and the dashboard write the data's dates and amounts; null: ISO dates, no currency.</summary>
    public DisplayFormat? Display { get; init; }
}

namespace Loyalty.ML.Data.Ingestion.Sources;

/// <summary>
/// One tabular file read forward row by row. Field text is valid until the next <see cref="Read"/>;
/// formats that store typed values hand them out natively so they need no text round trip.
/// </summary>
public interface IRowSource : IDisposable
{
    /// <summary>The file, as given.</summary>
    string Path { get; }

    /// <summary>Header names in file order.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>1-based line where the current row starts (CSV) or 1-based row number (Parquet).</summary>
    long Line { get; }

    /// <summary>Number of fields in the current row (differs from <see cref="Columns"/> for ragged CSV rows).</summary>
    int FieldCount { get; }

    /// <summary>
    /// Why the current row cannot be trusted as a row (a quoted field running over many lines, a field over the
    /// length limit), or null. Such a row is counted as <see cref="RowOutcome.OversizedField"/>, once per physical line it spans.
    /// </summary>
    string? Defect { get; }

    /// <summary>Physical lines the current row spans (1 for Parquet).</summary>
    int Lines { get; }

    /// <summary>Something about how the file ended that the report should mention (e.g. no line break after the last row), or null.</summary>
    string? EndNote { get; }

    /// <summary>Fraction of the file read so far, for progress.</summary>
    double Progress { get; }

    /// <summary>Moves to the next row; false at the end.</summary>
    bool Read();

    /// <summary>Text of a field; empty for a null or absent value.</summary>
    ReadOnlySpan<char> Text(int ordinal);

    /// <summary>The field's number when the format stores it typed; false means "parse <see cref="Text"/>" (text formats never store one).</summary>
    bool TryGetNumber(int ordinal, out double value)
    {
        value = 0;
        return false;
    }

    /// <summary>The field's time when the format stores it typed; false means "parse <see cref="Text"/>" (text formats never store one).</summary>
    bool TryGetTime(int ordinal, out DateTime value)
    {
        value = default;
        return false;
    }
}

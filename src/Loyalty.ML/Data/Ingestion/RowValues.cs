namespace Loyalty.ML.Data.Ingestion;

/// <summary>
/// Reads typed values from the current row and remembers the first problem by check order, so a
/// row with several faults gets the outcome that comes first in <see cref="RowOutcome"/>.
/// Reasons are built only while the counter still keeps examples of that outcome.
/// </summary>
internal sealed class RowValues
{
    private readonly IRowSource _source;
    private readonly ValueFormat _format;
    private readonly Dictionary<int, DateParser> _dates = [];
    private OutcomeCounter? _counter;

    public RowValues(IRowSource source, ValueFormat format)
    {
        _source = source;
        _format = format;
    }

    /// <summary>The first problem of the current row, or null.</summary>
    public RowOutcome? Problem { get; private set; }

    /// <summary>Why, when an example is wanted.</summary>
    public string? Reason { get; private set; }

    public void Reset(OutcomeCounter counter)
    {
        _counter = counter;
        Problem = null;
        Reason = null;
    }

    /// <summary>The field's text, trimmed when the format says so; empty when absent.</summary>
    public ReadOnlySpan<char> Id(int ordinal) => _format.Clean(_source.Text(ordinal));

    /// <summary>The field's text as a string, or null when the column is absent or the value empty.</summary>
    public string? OptionalText(int ordinal) =>
        ordinal >= 0 && Id(ordinal) is { IsEmpty: false } text ? text.ToString() : null;

    /// <summary>A field that must not be empty.</summary>
    public ReadOnlySpan<char> RequiredId(int ordinal)
    {
        var text = Id(ordinal);
        _ = IsMissing(text, ordinal);
        return text;
    }

    public DateTime Time(int ordinal)
    {
        if (_source.TryGetTime(ordinal, out var value))
        {
            return value;
        }

        var text = _source.Text(ordinal).Trim();
        if (!IsMissing(text, ordinal) && !DateParserFor(ordinal).TryParse(text, out value) && Flag(RowOutcome.BadDate))
        {
            Reason = $"'{text}' in {Column(ordinal)} is not a date (expected {_format.DateFormatText})";
        }

        return value;
    }

    public double Number(int ordinal)
    {
        if (_source.TryGetNumber(ordinal, out var value))
        {
            return value;
        }

        var text = _source.Text(ordinal).Trim();
        if (!IsMissing(text, ordinal) && !_format.TryParseNumber(text, out value) && Flag(RowOutcome.BadNumber))
        {
            Reason = $"'{text}' in {Column(ordinal)} is not a number (decimal separator '{_format.Numbers.NumberDecimalSeparator}')";
        }

        return value;
    }

    /// <summary>True (and flagged as a missing field) when a required value is empty.</summary>
    private bool IsMissing(ReadOnlySpan<char> text, int ordinal)
    {
        if (!text.IsEmpty)
        {
            return false;
        }

        if (Flag(RowOutcome.MissingField))
        {
            Reason = $"empty {Column(ordinal)}";
        }

        return true;
    }

    private DateParser DateParserFor(int ordinal)
    {
        if (!_dates.TryGetValue(ordinal, out var parser))
        {
            parser = new DateParser(_format);
            _dates.Add(ordinal, parser);
        }

        return parser;
    }

    /// <summary>Records <paramref name="outcome"/> if it comes before the current problem; true when its reason should be built.</summary>
    private bool Flag(RowOutcome outcome)
    {
        if (Problem is { } current && current <= outcome)
        {
            return false;
        }

        Problem = outcome;
        Reason = null;
        return _counter?.WantsExample(outcome) ?? false;
    }

    private string Column(int ordinal) => $"column '{_source.Columns[ordinal]}'";
}

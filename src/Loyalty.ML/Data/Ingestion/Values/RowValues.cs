using Loyalty.ML.Data.Ingestion.Sources;

namespace Loyalty.ML.Data.Ingestion.Values;

/// <summary>
/// Reads typed values from the current row and remembers the first problem by check order, so a
/// row with several faults gets the outcome that comes first in <see cref="RowOutcome"/>.
/// Reasons are built only while the counter still keeps examples of that outcome.
/// </summary>
internal sealed class RowValues
{
    private readonly IRowSource _source;
    private readonly ValueFormat _format;
    private readonly DateWindow _window;
    private readonly Dictionary<int, DateParser> _dates = [];
    private OutcomeCounter? _counter;

    public RowValues(IRowSource source, ValueFormat format, DateWindow window)
    {
        _source = source;
        _format = format;
        _window = window;
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

    /// <summary>True when the last <see cref="Time(int, DateWindow)"/> read a date, in the window or not.</summary>
    public bool TimeParsed { get; private set; }

    public DateTime Time(int ordinal) => Time(ordinal, _window);

    /// <summary>A date that must lie in <paramref name="window"/>; outside it, the row is <see cref="RowOutcome.BadDate"/>.</summary>
    public DateTime Time(int ordinal, DateWindow window)
    {
        TimeParsed = _source.TryGetTime(ordinal, out var value);
        var text = TimeParsed ? [] : _source.Text(ordinal).Trim();
        if (!TimeParsed)
        {
            if (IsMissing(text, ordinal))
            {
                return value;
            }

            TimeParsed = DateParserFor(ordinal).TryParse(text, out value);
            if (!TimeParsed)
            {
                if (Flag(RowOutcome.BadDate))
                {
                    Reason = $"'{text}' in {Column(ordinal)} is not a date (expected {_format.DateFormatText}){PaddingHint(text)}";
                }

                return value;
            }
        }

        if (!window.Contains(value) && Flag(RowOutcome.BadDate))
        {
            var shown = text.IsEmpty ? value.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : text.ToString();
            Reason = $"'{shown}' in {Column(ordinal)} is outside the plausible dates {window} (train --earliest-date/--latest-date)";
        }

        return value;
    }

    /// <summary>A number whose magnitude is at most <paramref name="limit"/>; beyond it (or not finite) the row is <see cref="RowOutcome.BadNumber"/>.</summary>
    public double Number(int ordinal, double limit)
    {
        var typed = _source.TryGetNumber(ordinal, out var value);
        var text = typed ? [] : _source.Text(ordinal).Trim();
        if (!typed)
        {
            if (IsMissing(text, ordinal))
            {
                return value;
            }

            if (!_format.TryParseNumber(text, out value))
            {
                if (Flag(RowOutcome.BadNumber))
                {
                    Reason = $"'{text}' in {Column(ordinal)} is not a number (decimal separator '{_format.Numbers.NumberDecimalSeparator}'){PaddingHint(text)}";
                }

                return value;
            }
        }

        if (!NumberLimits.IsWithin(value, limit) && Flag(RowOutcome.BadNumber))
        {
            var shown = text.IsEmpty ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : text.ToString();
            Reason = $"'{shown}' in {Column(ordinal)} is out of range: {NumberLimits.Range(limit)}";
        }

        return value;
    }

    /// <summary>
    /// An optional link a shop page will put in <c>href</c> or <c>src</c>: an absolute http(s) URL or a path from the
    /// site's root; anything else (<c>javascript:</c>, <c>data:</c>, a bare word) makes the row <see cref="RowOutcome.BadUrl"/>.
    /// </summary>
    public string? OptionalLink(int ordinal)
    {
        var text = OptionalText(ordinal);
        if (text is null || ItemLinks.IsSafe(text))
        {
            return text;
        }

        if (Flag(RowOutcome.BadUrl))
        {
            Reason = $"'{text}' in {Column(ordinal)} is not an absolute http(s) URL or a path starting with /";
        }

        return null;
    }

    /// <summary>Points at the whitespace delimiter when a value holds a run of blanks, the mark of a padded (fixed-width) export.</summary>
    private static string PaddingHint(ReadOnlySpan<char> text) =>
        text.Contains("  ", StringComparison.Ordinal) || text.Contains('\t')
            ? "; it holds a run of blanks: for a whitespace-padded export set \"delimiter\": \"whitespace\" in the mapping's format"
            : string.Empty;

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

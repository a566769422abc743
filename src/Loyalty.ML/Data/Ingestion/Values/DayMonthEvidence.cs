using System.Globalization;

namespace Loyalty.ML.Data.Ingestion.Values;

/// <summary>
/// Watches a timestamp column whose date formats read numeric days and months (<c>M/d/yyyy</c>) for signs that
/// the export writes them the other way round, which every day up to the 12th hides: such a date parses, a
/// month off. Two kinds of evidence, fed to the <c>ambiguous_dates</c> gate:
/// rows that fail as mapped but parse swapped, against rows whose day is above 12 as mapped (which only the
/// mapped reading can read); and, when the file is in time order, rows that sit next to their neighbours only
/// when swapped.
/// </summary>
internal sealed class DayMonthEvidence
{
    private static readonly TimeSpan Near = TimeSpan.FromDays(1);
    private readonly ValueFormat _format;
    private readonly string[] _swapped;
    private DateTime? _previous;
    private DateTime? _previousAsMapped;

    private DayMonthEvidence(ValueFormat format, string[] swapped)
    {
        _format = format;
        _swapped = swapped;
    }

    /// <summary>The formats as mapped, e.g. <c>M/d/yyyy H:mm</c>.</summary>
    public string Mapped => _format.DateFormatText;

    /// <summary>The formats with day and month swapped, e.g. <c>d/M/yyyy H:mm</c>.</summary>
    public string Swapped => string.Join(" or ", _swapped);

    /// <summary>Rows that fail as mapped but parse with day and month swapped.</summary>
    public long FailOnlyAsMapped { get; private set; }

    /// <summary>Rows whose day is above 12 as mapped: the swapped reading cannot read them.</summary>
    public long FitOnlyAsMapped { get; private set; }

    /// <summary>Rows compared with the row before.</summary>
    public long Compared { get; private set; }

    /// <summary>Rows within a day of the row before (as mapped): a high share means the file is in time order.</summary>
    public long Ordered { get; private set; }

    /// <summary>Rows far from the row before as mapped but within a day of it when day and month are swapped.</summary>
    public long FitOnlySwapped { get; private set; }

    /// <summary>
    /// Rows far from the row before as mapped but within a day of it when both are read swapped: in a file written
    /// day-first throughout whose days are all 12 or less, every change of day looks like a jump of a month.
    /// </summary>
    public long FitBothSwapped { get; private set; }

    /// <summary>First line of the strongest evidence, with its text.</summary>
    public (long Line, string Text)? Example { get; private set; }

    /// <summary>Evidence for <paramref name="format"/>, or null when its date formats cannot mix up day and month (ISO-8601, names of months).</summary>
    public static DayMonthEvidence? For(ValueFormat format)
    {
        var swapped = format.DateFormats.Select(Swap).ToArray();
        return swapped.Any(pair => pair.Ambiguous) ? new DayMonthEvidence(format, swapped.Select(pair => pair.Format).ToArray()) : null;
    }

    public void Observe(ReadOnlySpan<char> text, DateTime value, bool parsed, long line)
    {
        if (!parsed)
        {
            text = text.Trim();
            if (!text.IsEmpty && DateTime.TryParseExact(text, _swapped, _format.Culture, DateTimeStyles.AllowWhiteSpaces, out _))
            {
                FailOnlyAsMapped++;
                Example ??= (line, text.ToString());
            }

            return;
        }

        if (value.Day > 12)
        {
            FitOnlyAsMapped++;
        }

        var reference = value;
        if (_previous is { } previous)
        {
            Compared++;
            var near = (value - previous).Duration() <= Near;
            Ordered += near ? 1 : 0;
            if (!near && _previousAsMapped is { } before && Swap(value) is { } valueSwapped && Swap(before) is { } beforeSwapped
                && (valueSwapped - beforeSwapped).Duration() <= Near)
            {
                FitBothSwapped++;
            }

            if (!near && value.Day <= 12 && value.Day != value.Month)
            {
                var swapped = new DateTime(value.Year, value.Day, value.Month, 0, 0, 0, value.Kind) + value.TimeOfDay;
                if ((swapped - previous).Duration() <= Near)
                {
                    FitOnlySwapped++;
                    Example ??= (line, text.Trim().ToString());
                    reference = swapped;
                }
            }
        }

        // The neighbour of the next row is this row's most plausible date, so one swapped row does not make the next one look swapped.
        _previous = reference;
        _previousAsMapped = value;
    }

    private static DateTime? Swap(DateTime value) =>
        value.Day <= 12 ? new DateTime(value.Year, value.Day, value.Month, 0, 0, 0, value.Kind) + value.TimeOfDay : null;

    /// <summary>Swaps the numeric day (d, dd) and month (M, MM) fields of a .NET exact format; quoted literals are left alone.</summary>
    private static (string Format, bool Ambiguous) Swap(string format)
    {
        var chars = format.ToCharArray();
        bool day = false, month = false, quoted = false;
        for (var i = 0; i < chars.Length;)
        {
            var c = chars[i];
            if (c is '\'' or '"')
            {
                quoted = !quoted;
                i++;
                continue;
            }

            var run = 1;
            while (i + run < chars.Length && chars[i + run] == c)
            {
                run++;
            }

            if (!quoted && run <= 2 && c is 'd' or 'M')
            {
                day |= c == 'd';
                month |= c == 'M';
                Array.Fill(chars, c == 'd' ? 'M' : 'd', i, run);
            }

            i += run;
        }

        return (new string(chars), day && month);
    }
}

using System.Globalization;

namespace Loyalty.ML.Data.Ingestion.Values;

/// <summary>
/// Parses the dates of one column. Exports list the lines of one order together, so the last text and
/// its value are kept and a repeated text costs one comparison; ISO-8601 is parsed by hand.
/// </summary>
internal sealed class DateParser
{
    private static readonly string[] IsoWithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
    ];

    private readonly ValueFormat _format;
    private char[] _lastText = new char[64];
    private int _lastLength = -1;
    private DateTime _lastValue;

    public DateParser(ValueFormat format) => _format = format;

    public bool TryParse(ReadOnlySpan<char> text, out DateTime value)
    {
        text = text.Trim();
        if (_lastLength == text.Length && text.SequenceEqual(_lastText.AsSpan(0, _lastLength)))
        {
            value = _lastValue;
            return true;
        }

        if (!TryParseUncached(text, out value))
        {
            return false;
        }

        if (text.Length > _lastText.Length)
        {
            _lastText = new char[text.Length];
        }

        text.CopyTo(_lastText);
        _lastLength = text.Length;
        _lastValue = value;
        return true;
    }

    private bool TryParseUncached(ReadOnlySpan<char> text, out DateTime value)
    {
        if (_format.DateFormats.Length > 0)
        {
            // An offset in the format converts to UTC, as on the ISO path, never to this machine's time zone.
            return DateTime.TryParseExact(text, _format.DateFormats, _format.Culture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal, out value);
        }

        return IsoDate.TryParse(text, out value)
            || DateTime.TryParseExact(text, IsoWithOffset, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out value);
    }
}

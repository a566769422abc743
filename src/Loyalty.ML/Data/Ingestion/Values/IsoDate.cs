namespace Loyalty.ML.Data.Ingestion.Values;

/// <summary>
/// Hand-written parser for the common ISO-8601 shapes: <c>yyyy-MM-dd</c>, then optionally <c>T</c> or a
/// space, <c>HH:mm</c>, <c>:ss</c>, a fraction, and <c>Z</c>. Anything else returns false so the caller
/// can fall back to the framework parser.
/// </summary>
internal static class IsoDate
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateTime value)
    {
        value = default;
        if (text.Length < 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        if (text.Length == 10)
        {
            value = date;
            return true;
        }

        return TryParseTime(text[10..], date, out value);
    }

    private static bool TryParseTime(ReadOnlySpan<char> rest, DateTime date, out DateTime value)
    {
        value = default;
        if (rest.Length < 6 || rest[0] is not ('T' or ' ') || rest[3] != ':'
            || !TryDigits(rest, 1, 2, out var hour) || !TryDigits(rest, 4, 2, out var minute) || hour > 23 || minute > 59)
        {
            return false;
        }

        long ticks = (hour * 60L + minute) * TimeSpan.TicksPerMinute;
        var position = 6;
        if (position < rest.Length && rest[position] == ':')
        {
            if (!TryDigits(rest, position + 1, 2, out var second) || second > 59)
            {
                return false;
            }

            ticks += second * TimeSpan.TicksPerSecond;
            position += 3;
            if (position < rest.Length && rest[position] == '.')
            {
                position++;
                long fraction = 0;
                var scale = TimeSpan.TicksPerSecond;
                var start = position;
                while (position < rest.Length && char.IsAsciiDigit(rest[position]))
                {
                    scale /= 10;
                    fraction += (rest[position] - '0') * scale;
                    position++;
                }

                if (position == start)
                {
                    return false;
                }

                ticks += fraction;
            }
        }

        var kind = DateTimeKind.Unspecified;
        if (position < rest.Length && rest[position] == 'Z')
        {
            kind = DateTimeKind.Utc;
            position++;
        }

        if (position != rest.Length)
        {
            return false;
        }

        value = DateTime.SpecifyKind(date.AddTicks(ticks), kind);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            value = value * 10 + text[i] - '0';
        }

        return true;
    }
}

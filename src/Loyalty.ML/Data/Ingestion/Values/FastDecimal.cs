namespace Loyalty.ML.Data.Ingestion.Values;

/// <summary>
/// Parses plain decimals such as <c>-12.50</c> without the framework's general number parser. With at most
/// 15 significant digits the mantissa and the power of ten are exact doubles, so one division gives the
/// correctly rounded value, the same double.Parse returns (Clinger's fast path). Anything else returns
/// false and the caller falls back to the framework.
/// </summary>
internal static class FastDecimal
{
    private const int MaxDigits = 15;
    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    public static bool TryParse(ReadOnlySpan<char> text, char separator, out double value)
    {
        value = 0;
        var position = 0;
        var negative = false;
        if (!text.IsEmpty && text[0] is '-' or '+')
        {
            negative = text[0] == '-';
            position = 1;
        }

        long mantissa = 0;
        var digits = 0;
        var scale = -1;
        for (; position < text.Length; position++)
        {
            var character = text[position];
            if (char.IsAsciiDigit(character))
            {
                if (++digits > MaxDigits)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (character - '0');
                scale = scale >= 0 ? scale + 1 : scale;
            }
            else if (character == separator && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        value = mantissa / PowersOfTen[Math.Max(scale, 0)];
        value = negative ? -value : value;
        return true;
    }
}

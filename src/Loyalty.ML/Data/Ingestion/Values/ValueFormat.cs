using System.Globalization;
using System.Text;
using Loyalty.ML.Data.Mapping;

namespace Loyalty.ML.Data.Ingestion.Values;

/// <summary>A <see cref="TextFormat"/> turned into what parsing needs: encoding, delimiter, number and date rules.</summary>
public sealed class ValueFormat
{
    private readonly char? _fastSeparator;

    /// <summary>The <see cref="TextFormat.Delimiter"/> that splits fields on runs of spaces and tabs.</summary>
    public const string Whitespace = "whitespace";

    private ValueFormat(Encoding encoding, char delimiter, bool splitOnWhitespace, bool trim, CultureInfo culture, NumberFormatInfo numbers, NumberStyles styles, string[] dateFormats)
    {
        Encoding = encoding;
        Delimiter = delimiter;
        SplitOnWhitespace = splitOnWhitespace;
        Trim = trim;
        Culture = culture;
        Numbers = numbers;
        NumberStyles = styles;
        DateFormats = dateFormats;
        _fastSeparator = styles == NumberStyles.Float && numbers.NumberDecimalSeparator.Length == 1 ? numbers.NumberDecimalSeparator[0] : null;
    }

    /// <summary>Text encoding of the file (UTF-8 unless the mapping names another).</summary>
    public Encoding Encoding { get; }

    /// <summary>Field delimiter (a tab when <see cref="SplitOnWhitespace"/>).</summary>
    public char Delimiter { get; }

    /// <summary>Fields are separated by runs of spaces and tabs (<c>"delimiter": "whitespace"</c>), not by <see cref="Delimiter"/>.</summary>
    public bool SplitOnWhitespace { get; }

    /// <summary>Whether ids and names lose their leading and trailing white space (see <see cref="Clean"/>).</summary>
    public bool Trim { get; }

    /// <summary>Culture of numbers and dates (invariant by default).</summary>
    public CultureInfo Culture { get; }

    /// <summary>Number rules of <see cref="Culture"/> with the mapping's decimal and thousands separators applied.</summary>
    public NumberFormatInfo Numbers { get; }

    /// <summary>Styles numbers are parsed with: floats, plus thousands separators when the mapping sets one.</summary>
    public NumberStyles NumberStyles { get; }

    /// <summary>Exact formats; empty means ISO-8601.</summary>
    public string[] DateFormats { get; }

    /// <summary>Describes the expected date format for error messages.</summary>
    public string DateFormatText => DateFormats.Length == 0 ? "ISO-8601" : string.Join(" or ", DateFormats);

    /// <summary>Checks <paramref name="format"/> (defaults when null) and resolves it; a bad setting throws <see cref="DataLoadException"/> naming <paramref name="path"/> and the mapping key <paramref name="key"/>.</summary>
    public static ValueFormat Create(TextFormat? format, string path, string key)
    {
        format ??= new TextFormat();
        var splitOnWhitespace = format.Delimiter == Whitespace;
        var delimiter = splitOnWhitespace ? "\t" : format.Delimiter;
        if (delimiter is not { Length: 1 } || delimiter[0] is '"' or '\r' or '\n')
        {
            throw Fail(path, $"{key}.delimiter must be one character other than a quote or line break, or \"{Whitespace}\".");
        }

        var culture = ResolveCulture(format.Culture, path, key);
        var numbers = (NumberFormatInfo)culture.NumberFormat.Clone();
        var styles = NumberStyles.Float;
        if (format.DecimalSeparator is not null)
        {
            numbers.NumberDecimalSeparator = format.DecimalSeparator.Length > 0
                ? format.DecimalSeparator
                : throw Fail(path, $"{key}.decimal_separator must not be empty.");
        }

        if (!string.IsNullOrEmpty(format.ThousandsSeparator))
        {
            numbers.NumberGroupSeparator = format.ThousandsSeparator;
            styles |= NumberStyles.AllowThousands;
        }

        var dateFormats = (format.DateFormats ?? []).ToArray();
        foreach (var dateFormat in dateFormats)
        {
            CheckDateFormat(dateFormat, culture, path, key);
        }

        return new ValueFormat(ResolveEncoding(format.Encoding, path, key), delimiter[0], splitOnWhitespace, format.Trim, culture, numbers, styles, dateFormats);
    }

    /// <summary><paramref name="text"/> trimmed when <see cref="Trim"/> is set, else unchanged.</summary>
    public ReadOnlySpan<char> Clean(ReadOnlySpan<char> text) => Trim ? text.Trim() : text;

    /// <summary>Parses a number with <see cref="Numbers"/> and <see cref="NumberStyles"/>; false for text that is not a finite number.</summary>
    public bool TryParseNumber(ReadOnlySpan<char> text, out double value) =>
        (_fastSeparator is { } separator && FastDecimal.TryParse(text, separator, out value))
        || (double.TryParse(text, NumberStyles, Numbers, out value) && double.IsFinite(value));

    private static CultureInfo ResolveCulture(string? name, string path, string key)
    {
        if (string.IsNullOrEmpty(name) || name.Equals("invariant", StringComparison.OrdinalIgnoreCase))
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            throw Fail(path, $"{key}.culture '{name}' is not available here (the process may run with invariant globalization); set decimal_separator and date_formats instead.");
        }
    }

    private static Encoding ResolveEncoding(string? name, string path, string key)
    {
        if (string.IsNullOrEmpty(name) || name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            throw Fail(path, $"{key}.encoding '{name}' is not a known text encoding.");
        }
    }

    private static void CheckDateFormat(string? dateFormat, CultureInfo culture, string path, string key)
    {
        if (string.IsNullOrWhiteSpace(dateFormat))
        {
            throw Fail(path, $"{key}.date_formats must not hold empty formats.");
        }

        try
        {
            var probe = new DateTime(2011, 12, 9, 12, 50, 7, DateTimeKind.Unspecified);
            var text = probe.ToString(dateFormat, culture);
            if (!DateTime.TryParseExact(text, dateFormat, culture, DateTimeStyles.None, out _))
            {
                throw new FormatException("it cannot read back what it writes");
            }
        }
        catch (FormatException error)
        {
            throw Fail(path, $"{key}.date_formats: '{dateFormat}' is not a valid date format ({error.Message}).");
        }
    }

    private static DataLoadException Fail(string path, string reason) => new(path, null, $"wrong mapping: {reason}");
}

using System.Globalization;
using System.Text;

namespace Loyalty.ML.Data.Exposures;

/// <summary>
/// A served list as one line of text, the same in the exposure table and on the shared stream: the fields joined by the
/// record separator (U+001E), the items by the unit separator (U+001F), the lists of a stream entry by line feeds. Ids
/// never hold control characters (the API refuses them), so no escaping is needed; a list whose ids would is not stored.
/// </summary>
public static class ExposureText
{
    /// <summary>Separates a list's fields.</summary>
    internal const char Field = '\u001E';

    /// <summary>Separates a list's items.</summary>
    internal const char Item = '\u001F';
    private const char Line = '\n';
    private static readonly long UnixMin = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long UnixMax = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    /// <summary>True when no id or name of <paramref name="list"/> holds a control character.</summary>
    public static bool CanFormat(ServedList list)
    {
        var plain = Plain(list.CustomerId) && Plain(list.Kind) && Plain(list.ModelVersion) && Plain(list.Surface) && Plain(list.Experiment);
        for (var index = 0; plain && index < list.Items.Count; index++)
        {
            plain = Plain(list.Items[index]);
        }

        return plain;
    }

    /// <summary>Everything of <paramref name="list"/> but its customer and time (the table's <c>list</c> column).</summary>
    /// <exception cref="ArgumentException">An id or name of the list holds a control character (see <see cref="CanFormat"/>).</exception>
    public static string Format(ServedList list)
    {
        // One layout, written by the lines the writer stores and streams.
        var lines = new ExposureLines();
        if (!lines.TryAdd(list.Id, list.CustomerId, list.ServedAt.ToUnixTimeMilliseconds(), list.Kind, list.ModelVersion, list.Surface, list.Experiment, list.Items, static item => item))
        {
            throw new ArgumentException("An id or name of the served list holds a control character.", nameof(list));
        }

        return Encoding.UTF8.GetString(lines.Text(0));
    }

    /// <summary>The list of <paramref name="customerId"/> served at <paramref name="servedMs"/> from its <see cref="Format"/>ted text.</summary>
    /// <exception cref="FormatException">The text is not a formatted list.</exception>
    public static ServedList Parse(string customerId, long servedMs, string text)
    {
        var fields = text.Split(Field);
        if (fields.Length != 7)
        {
            throw new FormatException($"A served list has 7 fields, not {fields.Length}.");
        }

        return new ServedList(
            new ExposureId(Number(fields[0]), Number(fields[1])),
            customerId,
            fields[2],
            fields[3],
            fields[6].Length == 0 ? [] : fields[6].Split(Item),
            DateTimeOffset.FromUnixTimeMilliseconds(Time(servedMs)),
            fields[4].Length == 0 ? null : fields[4],
            fields[5].Length == 0 ? null : fields[5]);
    }

    /// <summary>Lists as the text of one stream entry: customer, time and <paramref name="texts"/> (their <see cref="Format"/>), one a line.</summary>
    public static string Entry(IReadOnlyList<ServedList> lists, IReadOnlyList<string> texts) => Entry(lists, texts, 0, lists.Count);

    /// <summary>The <paramref name="count"/> lists from <paramref name="start"/> as the text of one stream entry (see <see cref="Entry(IReadOnlyList{ServedList}, IReadOnlyList{string})"/>).</summary>
    public static string Entry(IReadOnlyList<ServedList> lists, IReadOnlyList<string> texts, int start, int count)
    {
        var lines = new ExposureLines();
        for (var index = start; index < start + count; index++)
        {
            lines.Add(new ExposureRow(lists[index].CustomerId, lists[index].ServedAt.ToUnixTimeMilliseconds(), texts[index]));
        }

        return Encoding.UTF8.GetString(lines.Bytes(0, count).Span);
    }

    /// <summary>The lists of a stream entry's text.</summary>
    /// <exception cref="FormatException">A line is not a formatted list.</exception>
    public static List<ServedList> ParseEntry(string entry) => Lines(entry, plainOnly: false).ConvertAll(row => Parse(row.CustomerId, row.ServedMs, row.Text));

    /// <summary>
    /// The lists of a stream entry's text as rows to store, checked (as <see cref="Parse"/> checks them) but not taken
    /// apart: a replica stores the lists the others served as they wrote them. Lines whose ids hold control characters
    /// are left out, as <see cref="CanFormat"/> leaves such lists out of the store.
    /// </summary>
    /// <exception cref="FormatException">A line is not a formatted list.</exception>
    public static List<ExposureRow> ParseRows(string entry) => Lines(entry, plainOnly: true);

    private static List<ExposureRow> Lines(string entry, bool plainOnly)
    {
        var rows = new List<ExposureRow>();
        var text = entry.AsSpan();
        foreach (var range in text.Split(Line))
        {
            var line = text[range];
            if (line.IsEmpty)
            {
                continue;
            }

            var customerEnd = line.IndexOf(Field);
            var timeLength = customerEnd < 0 ? -1 : line[(customerEnd + 1)..].IndexOf(Field);
            if (timeLength < 0)
            {
                throw new FormatException("A line of the exposure stream lacks its customer or time.");
            }

            var customer = line[..customerEnd];
            var list = line[(customerEnd + timeLength + 2)..];
            var served = Time(Number(line.Slice(customerEnd + 1, timeLength)));
            CheckFields(list);
            if (!plainOnly || (!customer.ContainsAnyInRange('\0', Item) && !list.ContainsAnyInRange('\0', (char)(Field - 1))))
            {
                rows.Add(new ExposureRow(customer.ToString(), served, list.ToString()));
            }
        }

        return rows;
    }

    // The field count and the id's two numbers, without splitting the text into strings.
    private static void CheckFields(ReadOnlySpan<char> text)
    {
        if (text.Count(Field) != 6)
        {
            throw new FormatException($"A served list has 7 fields, not {text.Count(Field) + 1}.");
        }

        var originEnd = text.IndexOf(Field);
        Number(text[..originEnd]);
        Number(text[(originEnd + 1)..][..text[(originEnd + 1)..].IndexOf(Field)]);
    }

    /// <summary>The list number (of its replica) in a <see cref="Format"/>ted text.</summary>
    /// <exception cref="FormatException">The text is not a formatted list.</exception>
    internal static long SequenceOf(ReadOnlySpan<char> text)
    {
        var afterOrigin = text.IndexOf(Field) + 1;
        var length = afterOrigin == 0 ? -1 : text[afterOrigin..].IndexOf(Field);
        return length < 0 ? throw new FormatException("A served list lacks its number.") : Number(text.Slice(afterOrigin, length));
    }

    private static long Time(long servedMs) =>
        servedMs >= UnixMin && servedMs <= UnixMax ? servedMs : throw new FormatException($"{servedMs} is not a time (Unix milliseconds).");

    private static long Number(ReadOnlySpan<char> text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : throw new FormatException($"'{text}' is not a whole number.");

    /// <summary>True when <paramref name="text"/> holds no control character (none of the separators).</summary>
    internal static bool Plain(string? text) => text is null || !text.AsSpan().ContainsAnyInRange('\0', '\u001F');
}

using System.Globalization;

namespace Loyalty.ML.Data.Exposures;

/// <summary>
/// A served list as one line of text, the same in the exposure table and on the shared stream: the fields joined by the
/// record separator (U+001E), the items by the unit separator (U+001F), the lists of a stream entry by line feeds. Ids
/// never hold control characters (the API refuses them), so no escaping is needed; a list whose ids would is not stored.
/// </summary>
public static class ExposureText
{
    private const char Field = '\u001E';
    private const char Item = '\u001F';
    private const char Line = '\n';
    private static readonly long UnixMin = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long UnixMax = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    /// <summary>True when no id or name of <paramref name="list"/> holds a control character.</summary>
    public static bool CanFormat(ServedList list) =>
        Plain(list.CustomerId) && Plain(list.Kind) && Plain(list.ModelVersion) && Plain(list.Surface) && Plain(list.Experiment) && list.Items.All(Plain);

    /// <summary>Everything of <paramref name="list"/> but its customer and time (the table's <c>list</c> column).</summary>
    public static string Format(ServedList list) => string.Create(CultureInfo.InvariantCulture,
        $"{list.Id.Origin}{Field}{list.Id.Sequence}{Field}{list.Kind}{Field}{list.ModelVersion}{Field}{list.Surface}{Field}{list.Experiment}{Field}{string.Join(Item, list.Items)}");

    /// <summary>The list of <paramref name="customerId"/> served at <paramref name="servedMs"/> from its <see cref="Format"/>ted text.</summary>
    /// <exception cref="FormatException">The text is not a formatted list.</exception>
    public static ServedList Parse(string customerId, long servedMs, string text)
    {
        var fields = text.Split(Field);
        if (fields.Length != 7)
        {
            throw new FormatException($"A served list has 7 fields, not {fields.Length}.");
        }

        if (servedMs < UnixMin || servedMs > UnixMax)
        {
            throw new FormatException($"{servedMs} is not a time (Unix milliseconds).");
        }

        return new ServedList(
            new ExposureId(Number(fields[0]), Number(fields[1])),
            customerId,
            fields[2],
            fields[3],
            fields[6].Length == 0 ? [] : fields[6].Split(Item),
            DateTimeOffset.FromUnixTimeMilliseconds(servedMs),
            fields[4].Length == 0 ? null : fields[4],
            fields[5].Length == 0 ? null : fields[5]);
    }

    /// <summary>Lists as the text of one stream entry: customer, time and <paramref name="texts"/> (their <see cref="Format"/>), one a line.</summary>
    public static string Entry(IReadOnlyList<ServedList> lists, IReadOnlyList<string> texts)
    {
        var entry = new System.Text.StringBuilder(lists.Count * 160);
        for (var index = 0; index < lists.Count; index++)
        {
            entry.Append(lists[index].CustomerId).Append(Field).Append(lists[index].ServedAt.ToUnixTimeMilliseconds()).Append(Field).Append(texts[index]).Append(Line);
        }

        return entry.ToString();
    }

    /// <summary>The lists of a stream entry's text.</summary>
    /// <exception cref="FormatException">A line is not a formatted list.</exception>
    public static List<ServedList> ParseEntry(string entry)
    {
        var lists = new List<ServedList>();
        foreach (var line in entry.Split(Line, StringSplitOptions.RemoveEmptyEntries))
        {
            var customerEnd = line.IndexOf(Field, StringComparison.Ordinal);
            var timeEnd = customerEnd < 0 ? -1 : line.IndexOf(Field, customerEnd + 1);
            if (timeEnd < 0)
            {
                throw new FormatException("A line of the exposure stream lacks its customer or time.");
            }

            lists.Add(Parse(line[..customerEnd], Number(line.AsSpan(customerEnd + 1, timeEnd - customerEnd - 1)), line[(timeEnd + 1)..]));
        }

        return lists;
    }

    private static long Number(ReadOnlySpan<char> text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : throw new FormatException($"'{text}' is not a whole number.");

    private static bool Plain(string? text) => text is null || !text.AsSpan().ContainsAnyInRange('\0', '\u001F');
}

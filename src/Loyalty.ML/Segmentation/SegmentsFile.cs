using System.Globalization;
using System.Text;
using Loyalty.ML.Data;

namespace Loyalty.ML.Segmentation;

/// <summary>
/// <c>segments.csv</c> in the bundle: <c>customer_id,recency_days,frequency,monetary,r,f,m,segment</c>,
/// invariant culture, a customer id quoted when it holds a comma or a quote.
/// </summary>
internal static class SegmentsFile
{
    /// <summary>File name in the bundle.</summary>
    public const string FileName = "segments.csv";

    /// <summary>Header line.</summary>
    public const string Header = "customer_id,recency_days,frequency,monetary,r,f,m,segment";

    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/> through a temporary file.</summary>
    public static void Write(string path, IEnumerable<CustomerRfm> rows)
    {
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            writer.WriteLine(Header);
            foreach (var row in rows)
            {
                writer.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{CsvText.Quote(row.CustomerId)},{row.RecencyDays},{row.Frequency},{row.Monetary:0.##},{row.R},{row.F},{row.M},{row.Segment}"));
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads the segments in <paramref name="directory"/>, or null when the bundle has none.</summary>
    public static IReadOnlyDictionary<string, CustomerSegment>? LoadIfPresent(string directory) =>
        ReadRowsIfPresent(directory) is { } rows ? BySegment(rows) : null;

    /// <summary>Reads every row in <paramref name="directory"/>'s segments file, values included, or null when the bundle has none.</summary>
    public static IReadOnlyList<CustomerRfm>? ReadRowsIfPresent(string directory)
    {
        var path = Path.Combine(directory, FileName);
        return File.Exists(path) ? ReadRows(path) : null;
    }

    /// <summary>Reads a segments file; throws <see cref="InvalidDataException"/> naming the line of a bad row.</summary>
    public static IReadOnlyDictionary<string, CustomerSegment> Read(string path) => BySegment(ReadRows(path));

    /// <summary>The serving view of <paramref name="rows"/> by customer id.</summary>
    public static IReadOnlyDictionary<string, CustomerSegment> BySegment(IReadOnlyList<CustomerRfm> rows) =>
        rows.ToDictionary(row => row.CustomerId, row => row.ToSegment(), StringComparer.Ordinal);

    /// <summary>Reads every row of a segments file, values included; throws <see cref="InvalidDataException"/> naming the line of a bad or repeated row.</summary>
    public static IReadOnlyList<CustomerRfm> ReadRows(string path)
    {
        var rows = new List<CustomerRfm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, line) in CsvText.ReadLines(path, Header))
        {
            var row = Parse(line) ?? throw new InvalidDataException($"{path} line {number}: not a segment row ('{line}').");
            if (!seen.Add(row.CustomerId))
            {
                throw new InvalidDataException($"{path} line {number}: customer '{row.CustomerId}' appears twice.");
            }

            rows.Add(row);
        }

        return rows;
    }

    private static CustomerRfm? Parse(string line)
    {
        var fields = CsvText.Split(line);
        if (fields is not { Count: 8 } || !RfmSegments.All.Contains(fields[7]))
        {
            return null;
        }

        return Count(fields[1]) is { } recency && Count(fields[2]) is { } frequency
            && double.TryParse(fields[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var monetary) && double.IsFinite(monetary)
            && Score(fields[4]) is { } r && Score(fields[5]) is { } f && Score(fields[6]) is { } m
            ? new CustomerRfm(fields[0], recency, frequency, monetary, r, f, m, fields[7])
            : null;
    }

    private static int? Count(string field) =>
        int.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : null;

    private static int? Score(string field) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= QuintileScorer.Bands ? score : null;
}

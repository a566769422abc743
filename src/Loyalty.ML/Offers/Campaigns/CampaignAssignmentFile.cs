using System.Diagnostics;
using System.Globalization;
using System.Text;
using Loyalty.ML.Data;

namespace Loyalty.ML.Offers.Campaigns;

/// <summary>
/// The campaign assignments, kept beside the ledger of issued offers (<c>campaign_assignments.csv</c>): appended to
/// by every export or API call that names customers of a campaign, one batch at a time under an exclusive lock, so
/// writers in several processes never interleave lines. A last line a killed writer left unfinished is skipped by
/// readers and cut off by the next writer.
/// </summary>
public static class CampaignAssignmentFile
{
    /// <summary>The file name, beside the issued-offers ledger or in the model registry folder.</summary>
    public const string FileName = "campaign_assignments.csv";

    /// <summary>The CSV header.</summary>
    public const string Header = "campaign,customer_id,group,offer_type,rank,day,valid_until,discount_percent,bonus_value";

    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Appends <paramref name="assignments"/> to <paramref name="path"/>, creating it with its header.</summary>
    public static void Append(string path, IReadOnlyCollection<CampaignAssignment> assignments)
    {
        if (assignments.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        foreach (var assignment in assignments)
        {
            text.Append(Line(assignment)).Append('\n');
        }

        using var stream = OpenExclusive(path);
        DropUnfinishedLine(stream);
        if (stream.Length == 0)
        {
            text.Insert(0, Header + "\n");
        }

        stream.Seek(0, SeekOrigin.End);
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Reads every complete row; throws <see cref="InvalidDataException"/> naming file, line and reason.</summary>
    public static IReadOnlyList<CampaignAssignment> Read(string path)
    {
        var text = File.ReadAllText(path);
        var lines = text.Split('\n');
        if (lines[0].TrimEnd('\r') != Header)
        {
            throw new InvalidDataException($"{path}:1: expected the header {Header}.");
        }

        var rows = new List<CampaignAssignment>();
        // The last element is what follows the final newline: empty, or a line a killed writer did not finish.
        for (var index = 1; index < lines.Length - 1; index++)
        {
            var line = lines[index].TrimEnd('\r');
            if (line.Length > 0)
            {
                rows.Add(Parse(line) ?? throw new InvalidDataException($"{path}:{index + 1}: expected {Header} (group treatment or control, dates yyyy-MM-dd)."));
            }
        }

        return rows;
    }

    /// <summary>The rows of <paramref name="path"/>, none when the file does not exist.</summary>
    public static IReadOnlyList<CampaignAssignment> ReadIfExists(string path) => File.Exists(path) ? Read(path) : [];

    private static CampaignAssignment? Parse(string line)
    {
        var fields = CsvText.Split(line);
        return fields.Count == 9
            && fields[2] is "treatment" or "control"
            && OfferType.TryParse(fields[3], out var type)
            && int.TryParse(fields[4], CultureInfo.InvariantCulture, out var rank)
            && Date(fields[5]) is { } day && Date(fields[6]) is { } until
            && double.TryParse(fields[7], CultureInfo.InvariantCulture, out var discount)
            && double.TryParse(fields[8], CultureInfo.InvariantCulture, out var bonus)
            ? new CampaignAssignment(fields[0], fields[1], fields[2] == "control" ? CampaignGroup.Control : CampaignGroup.Treatment, type, rank, day, until, discount, bonus)
            : null;
    }

    private static string Line(CampaignAssignment row) => string.Join(',',
        CsvText.Quote(row.Campaign),
        CsvText.Quote(row.CustomerId),
        row.Group == CampaignGroup.Control ? "control" : "treatment",
        row.OfferType.Name,
        row.Rank.ToString(CultureInfo.InvariantCulture),
        row.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        row.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        row.DiscountPercent.ToString("0.##", CultureInfo.InvariantCulture),
        row.BonusValue.ToString("0.##", CultureInfo.InvariantCulture));

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    // The fragment belongs to a batch whose writer died before finishing it; its rows were never all recorded.
    private static void DropUnfinishedLine(FileStream stream)
    {
        var end = stream.Length;
        while (end > 0)
        {
            stream.Seek(end - 1, SeekOrigin.Begin);
            if (stream.ReadByte() == '\n')
            {
                break;
            }

            end--;
        }

        stream.SetLength(end);
    }

    // FileShare.None is an flock on Unix and a share mode on Windows: other writers wait here rather than interleave.
    private static FileStream OpenExclusive(string path)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockTimeout && File.Exists(path))
            {
                Thread.Sleep(20);
            }
        }
    }
}

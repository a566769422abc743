using Loyalty.ML.Data;
using System.Globalization;
using System.Text;
using Loyalty.ML.Core;

namespace Loyalty.ML.Churn;

/// <summary>
/// The churn files of a bundle: <c>churn.json</c> (horizon, date, thresholds) and <c>churn_scores.csv</c>
/// (one row per customer, RFC 4180 quoting, invariant culture, reasons joined by " | "). Both are written
/// through a temporary file and a rename.
/// </summary>
internal static class ChurnScoreFile
{
    /// <summary>File holding the scores.</summary>
    public const string ScoresFile = "churn_scores.csv";

    /// <summary>File holding <see cref="ChurnScoresInfo"/>.</summary>
    public const string InfoFile = "churn.json";

    /// <summary>File holding the trained ML.NET model.</summary>
    public const string ModelFile = "churn_model.zip";

    private const string Header = "customer_id,probability,band,p_alive,expected_purchases,clv,reasons";
    private const string ReasonSeparator = " | ";

    /// <summary>Writes both files into <paramref name="directory"/>.</summary>
    public static void Write(string directory, ChurnScoresInfo info, IEnumerable<ChurnScore> scores)
    {
        var path = Path.Combine(directory, ScoresFile);
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
        {
            writer.WriteLine(Header);
            foreach (var score in scores)
            {
                writer.Write(CsvText.Quote(score.CustomerId));
                writer.Write(string.Create(CultureInfo.InvariantCulture, $",{score.Probability:R},{score.Band.ToString().ToLowerInvariant()},{score.ProbabilityAlive:R},{score.ExpectedPurchases:R},{score.Clv:R},"));
                writer.WriteLine(CsvText.Quote(string.Join(ReasonSeparator, score.Reasons)));
            }
        }

        File.Move(temporary, path, overwrite: true);
        BundleJson.Write(Path.Combine(directory, InfoFile), info);
    }

    /// <summary>Reads both files; throws <see cref="InvalidDataException"/> naming the file and line that is wrong.</summary>
    public static (ChurnScoresInfo Info, List<ChurnScore> Scores) Read(string directory)
    {
        var info = BundleJson.Read<ChurnScoresInfo>(Path.Combine(directory, InfoFile));
        var path = Path.Combine(directory, ScoresFile);
        var scores = new List<ChurnScore>(info.Customers);
        foreach (var (lineNumber, line) in CsvText.ReadLines(path, Header))
        {
            scores.Add(Parse(line, path, lineNumber));
        }

        if (scores.Count != info.Customers)
        {
            throw new InvalidDataException($"{path}: {scores.Count} rows, {InfoFile} says {info.Customers}.");
        }

        return (info, scores);
    }

    private static ChurnScore Parse(string line, string path, int lineNumber)
    {
        var fields = CsvText.Split(line);
        if (fields.Count != 7)
        {
            throw new InvalidDataException($"{path}: line {lineNumber} has {fields.Count} fields, expected 7.");
        }

        double Number(int index, string name) => double.TryParse(fields[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{path}: line {lineNumber}: {name} '{fields[index]}' is not a number.");
        var band = Enum.TryParse<RiskBand>(fields[2], ignoreCase: true, out var parsed)
            ? parsed
            : throw new InvalidDataException($"{path}: line {lineNumber}: band '{fields[2]}' is not low, medium or high.");
        var reasons = fields[6].Length == 0 ? [] : fields[6].Split(ReasonSeparator);
        return new ChurnScore(fields[0], Number(1, "probability"), band, reasons, Number(3, "p_alive"), Number(4, "expected_purchases"), Number(5, "clv"));
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Training.Output;

namespace Loyalty.ML.Training.Commands.Models;

/// <summary>
/// <c>models compare</c>: two verified versions' data (row counts) and metrics side by side. Versions trained on
/// different transactions files measure different things: the rows are still listed, and a note says they are not a change.
/// </summary>
internal static class ModelsCompare
{
    public static int Run(ModelRegistry registry, string? older, string? newer, bool all, bool json)
    {
        newer ??= registry.RequireCurrentVersion();
        older ??= registry.PreviousVersion();
        if (older == newer)
        {
            throw new ArgumentException($"Compare two different versions; both are {newer}.");
        }

        var (olderManifest, olderData, olderMetrics) = Read(registry, older);
        var (newerManifest, newerData, newerMetrics) = Read(registry, newer);
        var rows = MetricsComparison.Compare(olderData, newerData, all: true).Concat(MetricsComparison.Compare(olderMetrics, newerMetrics, all)).ToList();
        var sameSource = olderManifest.SameSourceAs(newerManifest);
        var notes = new List<string>();
        if (!sameSource)
        {
            notes.Add($"different data, not compared: {older} was trained on {SourceOf(olderManifest)} and {newer} on {SourceOf(newerManifest)}; the figures are side by side, the differences are not changes of the model.");
        }

        notes.AddRange(MetricsComparison.WindowMismatches(olderMetrics, newerMetrics));
        if (json)
        {
            var document = new ComparisonDocument(older, newer, sameSource, olderManifest.Transactions, newerManifest.Transactions,
                [.. rows.Select(row => new ComparisonRow(row.Path, row.Older, row.Newer, sameSource ? row.Change : null,
                    row.NewerInterval is { } interval ? [interval.Low, interval.High] : null, sameSource && row.WithinNoise))],
                notes);
            TrainerJson.Print(document, TrainerJson.Default.ComparisonDocument);
            return 0;
        }

        var width = Math.Max("metric".Length, rows.Select(row => row.Path.Length).DefaultIfEmpty(0).Max());
        Console.WriteLine($"{"metric".PadRight(width)}  {older,22}  {newer,22}  {(sameSource ? "change" : "not compared"),12}");
        foreach (var row in rows)
        {
            var note = row.NewerInterval is { } interval
                ? string.Create(CultureInfo.InvariantCulture, $"  95% {interval.Low:0.####}–{interval.High:0.####}{(sameSource && row.WithinNoise ? ", within noise" : string.Empty)}")
                : string.Empty;
            var change = sameSource ? Format(row.Change, signed: true) : "-";
            Console.WriteLine($"{row.Path.PadRight(width)}  {Format(row.Older),22}  {Format(row.Newer),22}  {change,12}{note}");
        }

        foreach (var line in notes)
        {
            Console.WriteLine($"note: {line}");
        }

        return 0;
    }

    private static string SourceOf(BundleManifest manifest) => manifest.Transactions?.Path ?? "an unrecorded source";

    // The manifest's row counts go first, under "data": a metric that moved often moved because the data did.
    private static (BundleManifest Manifest, JsonObject Data, JsonObject Metrics) Read(ModelRegistry registry, string version)
    {
        var path = registry.PathOf(version);
        var manifest = BundleVerifier.Verify(path);
        var metrics = ModelBundle.ReadMetrics(path);
        var counts = new JsonObject();
        foreach (var (name, count) in manifest.RowCounts)
        {
            counts[name] = count;
        }

        return (manifest, new JsonObject { ["data"] = counts }, metrics);
    }

    private static string Format(double? value, bool signed = false) => value switch
    {
        null => "-",
        { } number => number.ToString(signed ? "+0.####;-0.####;0" : "0.####", CultureInfo.InvariantCulture),
    };
}

using System.Globalization;
using System.Text.Json.Nodes;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Training.Commands;

/// <summary><c>models compare</c>: two verified versions' data (row counts) and metrics side by side.</summary>
internal static class ModelsCompare
{
    public static int Run(ModelRegistry registry, string? older, string? newer, bool all)
    {
        newer ??= registry.RequireCurrentVersion();
        older ??= registry.PreviousVersion();
        if (older == newer)
        {
            throw new ArgumentException($"Compare two different versions; both are {newer}.");
        }

        var (olderData, olderMetrics) = Read(registry, older);
        var (newerData, newerMetrics) = Read(registry, newer);
        var rows = MetricsComparison.Compare(olderData, newerData, all: true).Concat(MetricsComparison.Compare(olderMetrics, newerMetrics, all)).ToList();
        var width = Math.Max("metric".Length, rows.Select(row => row.Path.Length).DefaultIfEmpty(0).Max());
        Console.WriteLine($"{"metric".PadRight(width)}  {older,22}  {newer,22}  {"change",10}");
        foreach (var row in rows)
        {
            var note = row.NewerInterval is { } interval
                ? string.Create(CultureInfo.InvariantCulture, $"  95% {interval.Low:0.####}–{interval.High:0.####}{(row.WithinNoise ? ", within noise" : string.Empty)}")
                : string.Empty;
            Console.WriteLine($"{row.Path.PadRight(width)}  {Format(row.Older),22}  {Format(row.Newer),22}  {Format(row.Change, signed: true),10}{note}");
        }

        foreach (var mismatch in MetricsComparison.WindowMismatches(olderMetrics, newerMetrics))
        {
            Console.WriteLine($"note: {mismatch}");
        }

        return 0;
    }

    // The manifest's row counts go first, under "data": a metric that moved often moved because the data did.
    private static (JsonObject Data, JsonObject Metrics) Read(ModelRegistry registry, string version)
    {
        var path = registry.PathOf(version);
        var manifest = BundleVerifier.Verify(path);
        var metrics = ModelBundle.ReadMetrics(path);
        var counts = new JsonObject();
        foreach (var (name, count) in manifest.RowCounts)
        {
            counts[name] = count;
        }

        return (new JsonObject { ["data"] = counts }, metrics);
    }

    private static string Format(double? value, bool signed = false) => value switch
    {
        null => "-",
        { } number => number.ToString(signed ? "+0.####;-0.####;0" : "0.####", CultureInfo.InvariantCulture),
    };
}

using System.Globalization;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Training.Output;

namespace Loyalty.ML.Training.Commands.Models;

/// <summary><c>models list</c>: every published version with when, from which transactions file, and its headline metrics.</summary>
internal static class ModelsList
{
    /// <summary>The metrics a list line shows; <c>--json</c> gives every headline metric.</summary>
    private static readonly (string Path, string Label)[] Shown =
    [
        ("recommendations.served.ndcg_at_10", "ndcg@10"),
        ("also_bought.hit_rate_at_10", "also-bought hit@10"),
        ("churn.auc", "churn AUC"),
        ("kpis.customers", "customers"),
    ];

    public static int Run(ModelRegistry registry, bool json)
    {
        var current = registry.CurrentVersion;
        var entries = registry.List().Select(manifest => Entry(registry, manifest, manifest.Version == current)).ToList();
        if (json)
        {
            TrainerJson.Print<IReadOnlyList<ModelListEntry>>(entries, TrainerJson.Default.IReadOnlyListModelListEntry);
            return 0;
        }

        foreach (var entry in entries)
        {
            var figures = string.Join(", ", Shown.Where(shown => entry.Headline.ContainsKey(shown.Path))
                .Select(shown => $"{shown.Label} {entry.Headline[shown.Path].ToString("0.####", CultureInfo.InvariantCulture)}"));
            var source = entry.Source is { } file ? Path.GetFileName(file.Path) : "source unknown";
            Console.WriteLine($"{(entry.Current ? "*" : " ")} {entry.Version}  {entry.CreatedAt:u}  {source}  {figures}");
        }

        foreach (var version in registry.Unreadable())
        {
            Console.WriteLine($"! {version}  manifest unreadable; not a rollback target");
        }

        return 0;
    }

    private static ModelListEntry Entry(ModelRegistry registry, BundleManifest manifest, bool current)
    {
        Dictionary<string, double> headline;
        try
        {
            headline = MetricsComparison.HeadlineOf(ModelBundle.ReadMetrics(registry.PathOf(manifest.Version)))
                .ToDictionary(figure => figure.Path, figure => figure.Value!.Value, StringComparer.Ordinal);
        }
        catch (Exception error) when (error is IOException or InvalidDataException or System.Text.Json.JsonException)
        {
            headline = [];
        }

        return new ModelListEntry(manifest.Version, current, manifest.CreatedAt, manifest.Transactions, manifest.RowCounts, headline);
    }
}

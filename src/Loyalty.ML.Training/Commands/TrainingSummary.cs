using System.Globalization;
using System.Text.Json.Nodes;
using Loyalty.ML.Data;
using Loyalty.ML.Training;
using Spectre.Console;

namespace Loyalty.ML.Training.Commands;

/// <summary>The short report printed after a published run: data, models' lines, headline metrics, where the bundle is.</summary>
internal static class TrainingSummary
{
    private static readonly string[] Headlines =
    [
        "kpis.active_customers",
        "kpis.engagement_rate_pct",
        "kpis.repeat_purchase_rate_pct",
        "recommendations.ndcg_at_10",
        "recommendations.baselines.item_knn.ndcg_at_10",
        "recommendations.baselines.popularity.ndcg_at_10",
        "also_bought.hit_rate_at_10",
        "churn.auc",
        "churn.brier",
        "churn.lift_at_10pct",
        "churn.baselines.recency.auc",
    ];

    public static void Print(LoadResult load, TrainingResult result)
    {
        var table = new Table().AddColumn("what").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("rows read", $"{load.Report.RowsRead:N0}");
        table.AddRow("rows accepted", $"{load.Report.RowsAccepted:N0}");
        table.AddRow("customers", $"{load.History.Customers.Count:N0}");
        table.AddRow("items", $"{load.History.Items.Count:N0}");
        foreach (var key in Headlines)
        {
            if (Find(result.Metrics, key) is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number)
            {
                table.AddRow(Markup.Escape(key), $"{double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture):0.####}");
            }
        }

        AnsiConsole.Write(table);
        foreach (var line in result.Summary)
        {
            AnsiConsole.MarkupLineInterpolated($"  {line}");
        }

        AnsiConsole.MarkupLineInterpolated($"[green]published[/] {result.Manifest.Version} -> {result.Directory}, now current");
    }

    private static JsonNode? Find(JsonObject metrics, string dottedKey)
    {
        JsonNode? node = metrics;
        foreach (var part in dottedKey.Split('.'))
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(part, out var child) ? child : null;
        }

        return node;
    }
}

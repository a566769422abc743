using Loyalty.ML.Data;
using System.CommandLine;
using System.Globalization;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Training.Commands.Exports;

/// <summary>
/// <c>export</c>: top-N of one list kind (<c>--kind</c>: personal, cross-sell, up-sell or buy-again) for every customer
/// (<c>customer_id,rank,item_id,score</c>) and also-bought for every item
/// (<c>item_id,rank,also_bought_item_id,score</c>) from the current bundle, for campaign tools. Rows are computed in
/// parallel blocks and streamed in id order; each file appears only when complete.
/// </summary>
internal static class ExportRecommendationsCommand
{
    private const int BlockSize = 4096;

    // The names the API's kind parameter uses, each naming exactly one kind.
    private static readonly Dictionary<string, RecommendationKind> Kinds = new()
    {
        ["personal"] = RecommendationKind.Personal,
        ["cross-sell"] = RecommendationKind.CrossSell,
        ["up-sell"] = RecommendationKind.UpSell,
        ["buy-again"] = RecommendationKind.BuyAgain,
    };

    public static Command Create()
    {
        var registry = CommonOptions.Registry();
        var output = new Option<string>("--out") { Description = "CSV of personal top-N per customer.", DefaultValueFactory = _ => "recommendations.csv" };
        var alsoBought = new Option<string?>("--also-bought-out") { Description = "CSV of also-bought per item.", DefaultValueFactory = _ => "also_bought.csv" };
        var top = new Option<int>("--top") { Description = "Items per customer and per item.", DefaultValueFactory = _ => 10 };
        var kind = new Option<string>("--kind") { Description = $"The customer list to export: {string.Join(", ", Kinds.Keys)}.", DefaultValueFactory = _ => "personal" };
        kind.AcceptOnlyFromAmong([.. Kinds.Keys]);
        var command = new Command("export", "Write one list kind's top-N for every customer and also-bought for every item of the current model to CSV.") { registry, output, alsoBought, top, kind };
        command.SetAction(result =>
        {
            var models = new ModelRegistry(result.GetRequiredValue(registry));
            var bundle = ModelBundle.Load(models.CurrentPath);
            if (bundle.Recommender is not { } recommender)
            {
                Console.Error.WriteLine($"export: model {bundle.Version} has no recommender (trained on item-less data).");
                return 1;
            }

            var count = result.GetValue(top);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
            var customers = recommender.Customers;
            var query = new RecommendationQuery(count, Kinds[result.GetRequiredValue(kind)]);
            var rows = Write(result.GetRequiredValue(output), "customer_id,rank,item_id,score", customers, id => recommender.Recommend(id, query));
            Console.WriteLine($"{rows} rows of {result.GetRequiredValue(kind)} lists for {customers.Count} customers -> {result.GetRequiredValue(output)} (model {bundle.Version})");
            if (result.GetValue(alsoBought) is { } itemsPath)
            {
                var items = recommender.Items;
                rows = Write(itemsPath, "item_id,rank,also_bought_item_id,score", items, id => recommender.AlsoBought(id, count));
                Console.WriteLine($"{rows} rows for {items.Count} items -> {itemsPath}");
            }

            return 0;
        });
        return command;
    }

    private static long Write(string path, string header, IReadOnlyList<string> ids, Func<string, RecommendationResult> answer)
    {
        var temporary = path + ".tmp";
        long rows = 0;
        using (var writer = new StreamWriter(temporary))
        {
            writer.WriteLine(header);
            var block = new RecommendationResult[BlockSize];
            for (var start = 0; start < ids.Count; start += BlockSize)
            {
                var length = Math.Min(BlockSize, ids.Count - start);
                Parallel.For(0, length, index => block[index] = answer(ids[start + index]));
                for (var index = 0; index < length; index++)
                {
                    var rank = 0;
                    foreach (var item in block[index].Items)
                    {
                        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{CsvText.Quote(ids[start + index])},{++rank},{CsvText.Quote(item.ItemId)},{item.Score:G6}"));
                        rows++;
                    }
                }
            }
        }

        File.Move(temporary, path, overwrite: true);
        return rows;
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Tests.Recommendations;
using Loyalty.ML.Training.Commands;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Steps;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Training.Commands.Exports;

namespace Loyalty.ML.Tests.Training.Commands.Exports;

public sealed class ExportRecommendationsCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Invoke_PublishedBundle_WritesTopNPerCustomerAndAlsoBoughtPerItem()
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        var history = RecommenderTestData.History();
        using (var writer = BundleWriter.Begin(registry, "v1"))
        {
            RecommenderStep.Run(new TrainingContext(history, writer.Directory, TimeProvider.System), new RecommenderOptions { Als = RecommenderTestData.FastAls, Evaluate = false });
            writer.Publish(DateTimeOffset.UnixEpoch, [], new Dictionary<string, long>(), []);
        }

        var customers = _folder.Combine("recs.csv");
        var items = _folder.Combine("also.csv");

        var exit = ExportRecommendationsCommand.Create()
            .Parse(["--models", registry.Root, "--out", customers, "--also-bought-out", items, "--top", "3"])
            .Invoke();

        Assert.Equal(0, exit);
        var rows = File.ReadAllLines(customers);
        Assert.Equal("customer_id,rank,item_id,score", rows[0]);
        Assert.Equal(history.Customers.Count * 3, rows.Length - 1);
        Assert.Equal(["1", "2", "3"], rows.Skip(1).Take(3).Select(row => row.Split(',')[1]));
        var also = File.ReadAllLines(items);
        Assert.Equal(history.Items.Count * 3, also.Length - 1);
        Assert.DoesNotContain(also.Skip(1), row => row.Split(',')[0] == row.Split(',')[2]);
    }

    [Fact]
    public void Export_ModelTrainedOnTheLinesBeforeTheSplit_ScoresWhatTheFullRunReports()
    {
        // Large enough that both time-split windows hold 1,000 customers, so the time split decides and is fitted.
        Assert.Equal(0, TrainerProcess.Run(_folder.Path, "generate", "--out", "full", "--customers", "4000", "--items", "300", "--lines", "120000").ExitCode);
        var (trained, output) = TrainerProcess.Run(_folder.Path, "train", "--data", "full", "--models", "models-full");
        Assert.True(trained == 0, output);
        var metrics = JsonNode.Parse(File.ReadAllText(_folder.Combine("models-full", "current", BundleFiles.Metrics)))!;
        var reported = metrics["recommendations"]!;
        Assert.Equal("time_split", (string)reported["protocol"]!);
        var split = DateTime.Parse((string)reported["split_time"]!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

        CopyLinesBefore(split, from: _folder.Combine("full"), to: _folder.Combine("cut"));
        // The cut trains the methods the full run chose, as its bundle would serve them.
        (trained, output) = TrainerProcess.Run(_folder.Path, "train", "--data", "cut", "--models", "models-cut", "--personal", (string)reported["chosen"]!, "--also-bought", (string)metrics["also_bought"]!["method"]!);
        Assert.True(trained == 0, output);
        var (exported, exportOutput) = TrainerProcess.Run(_folder.Path, "export", "--models", "models-cut", "--out", "served.csv", "--top", "10");
        Assert.True(exported == 0, exportOutput);

        var served = ExportedListScore.Of(_folder.Combine("full", "transactions.csv"), _folder.Combine("served.csv"), split);
        // A candidate's top-level figures are its time-split test's, the protocol this procedure reproduces.
        var chosen = reported["candidates"]![(string)reported["chosen"]!]!;
        Assert.Equal((int)chosen["test_customers"]!, served.Customers);
        Assert.Equal((double)chosen["ndcg_at_10"]!, served.Ndcg, 0.01 * served.Ndcg);
        Assert.Equal((double)chosen["recall_at_10"]!, served.Recall, 0.01 * served.Recall);
        Assert.Equal((double)chosen["hit_rate_at_10"]!, served.HitRate, 0.01 * served.HitRate);
    }

    private static void CopyLinesBefore(DateTime split, string from, string to)
    {
        Directory.CreateDirectory(to);
        File.Copy(Path.Combine(from, "items.csv"), Path.Combine(to, "items.csv"));
        File.Copy(Path.Combine(from, "customers.csv"), Path.Combine(to, "customers.csv"));
        var lines = File.ReadAllLines(Path.Combine(from, "transactions.csv"));
        var time = Array.IndexOf(lines[0].Split(','), "timestamp");
        File.WriteAllLines(
            Path.Combine(to, "transactions.csv"),
            lines.Take(1).Concat(lines.Skip(1).Where(line => DateTime.Parse(line.Split(',')[time], CultureInfo.InvariantCulture) < split)));
    }

    [Theory]
    [InlineData("buy-again")]
    [InlineData("cross-sell")]
    public void Invoke_Kind_WritesThatListKindAsTheApiServesIt(string kind)
    {
        var registry = new ModelRegistry(_folder.Combine("models"));
        var history = RecommenderTestData.History();
        using (var writer = BundleWriter.Begin(registry, "v1"))
        {
            RecommenderStep.Run(new TrainingContext(history, writer.Directory, TimeProvider.System), new RecommenderOptions { Als = RecommenderTestData.FastAls, Evaluate = false });
            writer.Publish(DateTimeOffset.UnixEpoch, [], new Dictionary<string, long>(), []);
        }

        var path = _folder.Combine("lists.csv");
        var exit = ExportRecommendationsCommand.Create().Parse(["--models", registry.Root, "--out", path, "--also-bought-out", _folder.Combine("also.csv"), "--top", "3", "--kind", kind]).Invoke();

        Assert.Equal(0, exit);
        var recommender = ModelRecommender.LoadIfPresent(registry.CurrentPath)!;
        var query = new Loyalty.ML.Recommendations.Answers.RecommendationQuery(3, kind == "buy-again" ? Loyalty.ML.Recommendations.Answers.RecommendationKind.BuyAgain : Loyalty.ML.Recommendations.Answers.RecommendationKind.CrossSell);
        var expected = history.Customers.Ids.SelectMany(id => recommender.Recommend(id, query).Items.Select((item, rank) => $"{id},{rank + 1},{item.ItemId}")).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, File.ReadAllLines(path).Skip(1).Select(row => string.Join(',', row.Split(',').Take(3))));
    }

    [Fact]
    public void Invoke_UnknownKind_IsRefusedNamingTheKinds()
    {
        var result = ExportRecommendationsCommand.Create().Parse(["--kind", "personnal"]);

        Assert.NotEmpty(result.Errors);
    }

    public void Dispose() => _folder.Dispose();
}

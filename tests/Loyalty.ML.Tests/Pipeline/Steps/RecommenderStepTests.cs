using Loyalty.ML.Recommendations;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Steps;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Tests.Recommendations;
using Loyalty.ML.Recommendations.Answers;
using Loyalty.ML.SampleData;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Loyalty.ML.Tests.Pipeline.Steps;

public sealed class RecommenderStepTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Run_SmallShop_WritesMetricsWithBaselinesAndALoadableModel()
    {
        var context = new TrainingContext(RecommenderTestData.History(), _folder.Path, TimeProvider.System);
        RecommenderStep.Run(context, new RecommenderOptions { Als = RecommenderTestData.FastAls });

        Assert.InRange(context.RunMetrics.Recommendations!.Als!.Ndcg, 0, 1);
        Assert.InRange(context.RunMetrics.AlsoBought!.HitRate, 0, 1);
        var document = context.MetricsDocument();
        var recommendations = document["recommendations"]!;
        Assert.InRange((double)recommendations["ndcg_at_10"]!, 0, 1);
        Assert.Null(recommendations["fit"]!["threads"]);
        Assert.NotNull(recommendations["baselines"]!["popularity"]!["ndcg_at_10"]);
        Assert.NotNull(recommendations["baselines"]!["item_knn"]!["map_at_10"]);
        Assert.NotNull(document["also_bought"]!["baselines"]!["popularity"]!["hit_rate_at_10"]);
        Assert.StartsWith($"{(string)recommendations["chosen"]!} served", (string)recommendations["headline"]!, StringComparison.Ordinal);
        Assert.Contains("the best baseline", (string)document["also_bought"]!["headline"]!, StringComparison.Ordinal);
        Assert.Contains("cannot compare price per unit", (string)recommendations["up_sell"]!, StringComparison.Ordinal);
        Assert.Contains(context.Summary, line => line.StartsWith("recommender:", StringComparison.Ordinal));
        var models = BundleModels.Load(_folder.Path);
        Assert.NotNull(models.Recommender!.Recommend("c0", new RecommendationQuery()).Items);
    }

    [Fact]
    public void Run_TestSplitFitWarmStarted_ReportsTheFinalFitsSeconds()
    {
        var context = new TrainingContext(SampleDataGenerator.GenerateHistory(SampleDataOptions.Dense).History, _folder.Path, TimeProvider.System);
        RecommenderStep.Run(context, new RecommenderOptions());

        var recommendations = context.RunMetrics.Recommendations!;
        Assert.NotNull(recommendations.Fit!.WarmStart);
        var summary = Assert.Single(context.Summary, line => line.StartsWith("recommender:", StringComparison.Ordinal));
        var finalFit = double.Parse(Regex.Match(summary, @"fit (\d+\.\d)s").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(recommendations.AlsFitSeconds, finalFit - 0.051, finalFit + 0.051);
    }

    public void Dispose() => _folder.Dispose();
}

using Loyalty.ML.Recommendations;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Steps;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Tests.Recommendations;
using Loyalty.ML.Recommendations.Answers;

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

    public void Dispose() => _folder.Dispose();
}

using System.Text.Json.Nodes;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Recommendations.Evaluation.Metrics;

namespace Loyalty.ML.Tests.Pipeline;

public sealed class RunMetricsTests
{
    [Fact]
    public void ToDocument_NotEvaluatedRecommender_WritesEvaluatedFalseAndTheReason()
    {
        var metrics = new RunMetrics { Recommendations = RecommenderMetrics.NotEvaluated("no test customers") };

        var section = metrics.ToDocument([])["recommendations"]!;

        Assert.Equal("""{"evaluated":false,"reason":"no test customers"}""", section.ToJsonString());
    }

    [Fact]
    public void ToDocument_TypedAndUntypedSections_KeepsTheStandardOrderThenTheOthers()
    {
        var metrics = new RunMetrics { Recommendations = RecommenderMetrics.NotEvaluated("none") };
        var untyped = new JsonObject { ["extra"] = 1, ["churn"] = new JsonObject { ["auc"] = 0.7 }, ["kpis"] = new JsonObject() };

        var document = metrics.ToDocument(untyped);

        Assert.Equal(["kpis", "recommendations", "churn", "extra"], document.Select(pair => pair.Key));
    }
}

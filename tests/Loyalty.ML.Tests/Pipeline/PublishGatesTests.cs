using System.Text.Json.Nodes;
using Loyalty.ML.Pipeline;

namespace Loyalty.ML.Tests.Pipeline;

public sealed class PublishGatesTests
{
    [Fact]
    public void Check_HealthyRun_PassesEveryGate()
    {
        var gates = PublishGates.Check(Metrics(ndcg: 0.11, popularity: 0.03, auc: 0.74, recency: 0.68), current: null);

        Assert.All(gates, gate => Assert.True(gate.Passed, gate.Detail));
        Assert.Equal(["finite_metrics", "recommender_quality", "churn_quality"], gates.Select(gate => gate.Name));
    }

    [Fact]
    public void Check_RecommenderFarBelowPopularity_Fails()
    {
        var gate = PublishGates.Check(Metrics(ndcg: 0.02, popularity: 0.03, auc: 0.74, recency: 0.68), current: null)[1];

        Assert.False(gate.Passed);
        Assert.Contains("below 80% of popularity's 0.03", gate.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FarBelowTheCurrentVersionOfTheSameFeed_Fails()
    {
        var current = new CurrentVersionMetrics("v1", Metrics(ndcg: 0.11, popularity: 0.03, auc: 0.74, recency: 0.6));

        var gates = PublishGates.Check(Metrics(ndcg: 0.06, popularity: 0.03, auc: 0.62, recency: 0.6), current);

        Assert.Contains("current version v1's 0.11", gates[1].Detail, StringComparison.Ordinal);
        Assert.Contains("below the current version v1's 0.74", gates[2].Detail, StringComparison.Ordinal);
        Assert.False(gates[1].Passed || gates[2].Passed);
    }

    [Fact]
    public void Check_ChurnBelowRecencyBeyondItsInterval_Fails()
    {
        var metrics = Metrics(ndcg: 0.11, popularity: 0.03, auc: 0.60, recency: 0.70);
        metrics["churn"]!["intervals_95"] = new JsonObject { ["auc_gain_over_recency"] = new JsonArray(-0.13, -0.07) };

        var gate = PublishGates.Check(metrics, current: null)[2];

        Assert.False(gate.Passed);
        Assert.Contains("below recency's 0.7", gate.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FewTestCustomers_DoesNotJudge()
    {
        var metrics = Metrics(ndcg: 0.001, popularity: 0.03, auc: 0.3, recency: 0.68, customers: 40);

        var gates = PublishGates.Check(metrics, current: null);

        Assert.All(gates, gate => Assert.True(gate.Passed, gate.Detail));
        Assert.StartsWith("not judged: 40 test customers", gates[2].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NaNInsideAnArray_FailsNamingItsPath()
    {
        var metrics = Metrics(ndcg: 0.11, popularity: 0.03, auc: 0.74, recency: 0.68);
        metrics["churn"]!["calibration"] = new JsonArray(new JsonObject { ["observed_rate"] = double.NaN });

        var gate = PublishGates.Check(metrics, current: null)[0];

        Assert.False(gate.Passed);
        Assert.Contains("churn.calibration[0].observed_rate", gate.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AucNotANumber_FailsRatherThanPassing()
    {
        var gates = PublishGates.Check(Metrics(ndcg: double.NaN, popularity: 0.03, auc: double.NaN, recency: 0.68), current: null);

        Assert.False(gates[1].Passed);
        Assert.False(gates[2].Passed);
        Assert.StartsWith("AUC is not a number", gates[2].Detail, StringComparison.Ordinal);
    }

    private static JsonObject Metrics(double ndcg, double popularity, double auc, double recency, int customers = 1000) => new()
    {
        ["recommendations"] = new JsonObject
        {
            ["ndcg_at_10"] = ndcg,
            ["test_customers"] = customers,
            ["baselines"] = new JsonObject { ["popularity"] = new JsonObject { ["ndcg_at_10"] = popularity } },
        },
        ["churn"] = new JsonObject
        {
            ["auc"] = auc,
            ["test_customers"] = customers,
            ["baselines"] = new JsonObject { ["recency"] = new JsonObject { ["auc"] = recency } },
        },
    };
}

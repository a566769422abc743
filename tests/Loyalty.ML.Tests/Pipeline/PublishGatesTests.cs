using System.Text.Json.Nodes;
using Loyalty.ML.Churn.Metrics;
using Loyalty.ML.Core.Statistics;
using Loyalty.ML.Data;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Tests.Churn.Metrics;
using Loyalty.ML.Recommendations.Evaluation.Metrics;

namespace Loyalty.ML.Tests.Pipeline;

public sealed class PublishGatesTests
{
    [Fact]
    public void Check_HealthyRun_PassesEveryGate()
    {
        var gates = Check(Metrics(ndcg: 0.11, popularity: 0.03, auc: 0.74, recency: 0.68), current: null);

        Assert.All(gates, gate => Assert.True(gate.Passed, gate.Detail));
        Assert.Equal(["finite_metrics", "recommender_quality", "churn_quality"], gates.Select(gate => gate.Name));
    }

    [Fact]
    public void Check_RecommenderFarBelowPopularity_Fails()
    {
        var gate = Check(Metrics(ndcg: 0.02, popularity: 0.03, auc: 0.74, recency: 0.68), current: null)[1];

        Assert.False(gate.Passed);
        Assert.Contains("below 80% of popularity's 0.03", gate.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FarBelowTheCurrentVersionOfTheSameFeed_Fails()
    {
        var current = new CurrentVersionMetrics("v1", RunMetrics.FromDocument(Document(Metrics(ndcg: 0.11, popularity: 0.03, auc: 0.74, recency: 0.6))));

        var gates = Check(Metrics(ndcg: 0.06, popularity: 0.03, auc: 0.62, recency: 0.6), current);

        Assert.Contains("current version v1's 0.11", gates[1].Detail, StringComparison.Ordinal);
        Assert.Contains("below the current version v1's 0.74", gates[2].Detail, StringComparison.Ordinal);
        Assert.False(gates[1].Passed || gates[2].Passed);
    }

    [Fact]
    public void Check_ChurnBelowRecencyBeyondItsInterval_Fails()
    {
        var metrics = Metrics(ndcg: 0.11, popularity: 0.03, auc: 0.60, recency: 0.70);
        metrics.Typed.Churn = ChurnTestMetrics.Evaluated(auc: 0.60, recency: 0.70, gainOverRecency: new MetricInterval(-0.13, -0.07));

        var gate = Check(metrics, current: null)[2];

        Assert.False(gate.Passed);
        Assert.Contains("below recency's 0.7", gate.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FewTestCustomers_DoesNotJudge()
    {
        var metrics = Metrics(ndcg: 0.001, popularity: 0.03, auc: 0.3, recency: 0.68, customers: 40);

        var gates = Check(metrics, current: null);

        Assert.All(gates, gate => Assert.True(gate.Passed, gate.Detail));
        Assert.StartsWith("not judged: 40 test customers", gates[2].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NaNInsideAnArray_FailsNamingItsPath()
    {
        var metrics = Metrics(ndcg: 0.11, popularity: 0.03, auc: 0.74, recency: 0.68);
        metrics.Typed.Churn = ChurnTestMetrics.Evaluated(auc: 0.74, calibration: [new CalibrationDecile(1, 1000, 0.4, double.NaN)]);

        var gate = Check(metrics, current: null)[0];

        Assert.False(gate.Passed);
        Assert.Contains("churn.calibration[0].observed_rate", gate.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AucNotANumber_FailsRatherThanPassing()
    {
        var gates = Check(Metrics(ndcg: double.NaN, popularity: 0.03, auc: double.NaN, recency: 0.68), current: null);

        Assert.False(gates[1].Passed);
        Assert.False(gates[2].Passed);
        Assert.StartsWith("AUC is not a number", gates[2].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NaNInATypedSection_FailsNamingItsPath()
    {
        var metrics = Metrics(ndcg: 0.11, popularity: 0.03, auc: 0.74, recency: 0.68);
        metrics.Typed.AlsoBought = new AlsoBoughtMetrics(10, "co_occurrence", double.NaN, 0.2, 0.1, 500);

        var gate = Check(metrics, current: null)[0];

        Assert.False(gate.Passed);
        Assert.Contains("also_bought.hit_rate_at_10", gate.Detail, StringComparison.Ordinal);
    }

    private static IReadOnlyList<SanityGate> Check((RunMetrics Typed, JsonObject Untyped) metrics, CurrentVersionMetrics? current) =>
        PublishGates.Check(metrics.Typed, Document(metrics), current);

    private static JsonObject Document((RunMetrics Typed, JsonObject Untyped) metrics) => metrics.Typed.ToDocument(metrics.Untyped);

    private static (RunMetrics Typed, JsonObject Untyped) Metrics(double ndcg, double popularity, double auc, double recency, int customers = 1000) => (
        new RunMetrics
        {
            Recommendations = new RecommenderMetrics
            {
                Als = new RankingSummary(10, ndcg, 0.2, 0.4, 0.1, 0.5, customers),
                Popularity = new RankingSummary(10, popularity, 0.1, 0.2, 0.05, 0.1, customers),
            },
            Churn = ChurnTestMetrics.Evaluated(auc, customers, recency),
        },
        []);
}

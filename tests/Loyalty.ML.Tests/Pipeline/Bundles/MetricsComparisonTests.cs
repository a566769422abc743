using System.Text.Json.Nodes;
using Loyalty.ML.Core;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Recommendations.Evaluation.Metrics;
using Loyalty.ML.Tests.Churn.Metrics;

namespace Loyalty.ML.Tests.Pipeline.Bundles;

/// <summary>Headline comparisons read both runs' typed sections from their metrics.json, as a stored version's is read.</summary>
public sealed class MetricsComparisonTests
{
    private static readonly JsonObject Older = Stored(new RunMetrics { Recommendations = Recommender(ndcg: 0.100, itemKnn: 0.078) });

    private static readonly JsonObject Newer = Stored(new RunMetrics { Recommendations = Recommender(ndcg: 0.107, itemKnn: 0.078), Churn = ChurnTestMetrics.Evaluated(0.744) });

    [Fact]
    public void Compare_Headline_GivesBothValuesAndTheChangeInHeadlineOrder()
    {
        var rows = MetricsComparison.Compare(Older, Newer);

        Assert.Equal(["recommendations.ndcg_at_10", "recommendations.recall_at_10", "recommendations.hit_rate_at_10", "recommendations.coverage", "recommendations.baselines.item_knn.ndcg_at_10"], rows.Take(5).Select(row => row.Path));
        Assert.Equal(HeadlineMetrics.All.Select(metric => metric.NameIn(RunMetrics.FromDocument(Newer))).Where(rows.Select(row => row.Path).Contains), rows.Select(row => row.Path));
        var ndcg = rows[0];
        Assert.Equal(0.100, ndcg.Older);
        Assert.Equal(0.107, ndcg.Newer);
        Assert.Equal(0.007, ndcg.Change!.Value, 9);
    }

    [Fact]
    public void Compare_MetricOnlyOneRunReports_HasNoChange()
    {
        var lift = MetricsComparison.Compare(Older, Newer).Single(row => row.Path == "churn.lift_at_10pct");

        Assert.Null(lift.Older);
        Assert.Equal(1.5, lift.Newer);
        Assert.Null(lift.Change);
        Assert.False(lift.WithinNoise);
    }

    [Fact]
    public void Compare_OlderValueInsideTheNewerInterval_IsWithinNoise()
    {
        var older = Stored(new RunMetrics { Churn = ChurnTestMetrics.Evaluated(0.740) });

        var auc = MetricsComparison.Compare(older, Newer).Single(row => row.Path == "churn.auc");

        Assert.Equal((0.724, 0.764), (Math.Round(auc.NewerInterval!.Value.Low, 9), Math.Round(auc.NewerInterval.Value.High, 9)));
        Assert.True(auc.WithinNoise);
        Assert.False(new MetricDelta("churn.auc", 0.70, 0.744, (0.728, 0.761)).WithinNoise);
    }

    [Fact]
    public void Compare_ListsAtAnotherK_NamedAtThatK()
    {
        var atFive = Stored(new RunMetrics { Recommendations = new RecommenderMetrics { Als = new RankingSummary(5, 0.2, 0.2, 0.4, 0.1, 0.5, 900) } });

        Assert.Contains(MetricsComparison.HeadlineOf(atFive), figure => figure.Path == "recommendations.ndcg_at_5" && figure.Value == 0.2);
    }

    [Fact]
    public void Compare_SectionOfAnOlderShape_LeftOutOfTheHeadlineButInTheFullComparison()
    {
        var older = JsonNode.Parse("""{ "churn": { "auc": 0.74, "horizon_days": 90 } }""")!.AsObject();

        Assert.DoesNotContain(MetricsComparison.Compare(older, older), row => row.Path == "churn.auc");
        Assert.Equal(0.74, MetricsComparison.Compare(older, Newer, all: true).Single(row => row.Path == "churn.auc").Older);
    }

    [Fact]
    public void WindowMismatches_ChurnTestCutoffsDiffer_NamesBoth()
    {
        var backtest = Parse("""{ "churn": { "auc": 0.759, "test_cutoff": "2011-06-12" } }""");
        var latest = Parse("""{ "churn": { "auc": 0.744, "test_cutoff": "2011-09-10" } }""");

        var mismatch = Assert.Single(MetricsComparison.WindowMismatches(backtest, latest));

        Assert.Contains("churn.test_cutoff differs (\"2011-06-12\" against \"2011-09-10\")", mismatch, StringComparison.Ordinal);
        Assert.Empty(MetricsComparison.WindowMismatches(latest, Parse("""{ "churn": { "test_cutoff": "2011-09-10" } }""")));
        Assert.Empty(MetricsComparison.WindowMismatches(latest, Older));
    }

    [Fact]
    public void WindowMismatches_RecommenderFitsDiffer_NamesTheFit()
    {
        var before = Parse("""{ "recommendations": { "ndcg_at_10": 0.066, "fit": { "trained_before": "2011-11-09T12:50:00", "decay_origin": "2011-11-09T12:49:00", "alpha": 4 } } }""");
        var after = Parse("""{ "recommendations": { "ndcg_at_10": 0.110, "fit": { "trained_before": "2011-11-09T12:50:00", "decay_origin": "2011-11-09T12:49:00", "alpha": 2 } } }""");

        var mismatch = Assert.Single(MetricsComparison.WindowMismatches(before, after));

        Assert.StartsWith("recommendations.fit differs", mismatch, StringComparison.Ordinal);
        Assert.Contains("\"alpha\":2", mismatch, StringComparison.Ordinal);
        Assert.Empty(MetricsComparison.WindowMismatches(after, Parse(after.ToJsonString())));
    }

    [Fact]
    public void NumberAt_InfinityHeldInMemory_ReadsItWithoutThrowing()
    {
        var metrics = new JsonObject { ["kpis"] = new JsonObject { ["revenue"] = double.PositiveInfinity, ["orders"] = 12 } };

        Assert.Equal(double.PositiveInfinity, MetricsComparison.NumberAt(metrics, "kpis.revenue"));
        Assert.Equal(12, MetricsComparison.NumberAt(metrics, "kpis.orders"));
    }

    [Fact]
    public void Compare_All_ListsEveryNumberOfEitherRunButNotTheIntervals()
    {
        var rows = MetricsComparison.Compare(Older, Newer, all: true);

        Assert.Contains(rows, row => row.Path == "recommendations.ndcg_at_10" && row.Change is > 0.0069 and < 0.0071);
        Assert.Contains(rows, row => row.Path == "churn.horizon_days" && row.Older is null && row.Newer == 90);
        Assert.DoesNotContain(rows, row => row.Path.Contains("intervals_95", StringComparison.Ordinal));
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    // As metrics.json holds it: written with the bundle's conventions and read back from its text.
    private static JsonObject Stored(RunMetrics metrics) => JsonNode.Parse(metrics.ToDocument([]).ToJsonString(BundleJson.Options))!.AsObject();

    private static RecommenderMetrics Recommender(double ndcg, double itemKnn) => new()
    {
        Als = new RankingSummary(10, ndcg, 0.2, 0.4, 0.1, 0.5, 1000),
        ItemKnn = new RankingSummary(10, itemKnn, 0.15, 0.3, 0.08, 0.4, 1000),
    };
}

using System.Text.Json.Nodes;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Tests.Pipeline.Bundles;

public sealed class MetricsComparisonTests
{
    private static readonly JsonObject Older = Parse("""
        { "recommendations": { "ndcg_at_10": 0.100, "baselines": { "item_knn": { "ndcg_at_10": 0.078 } } },
          "churn": { "auc": 0.740, "horizon_days": 90 },
          "kpis": { "customers": 4000 } }
        """);

    private static readonly JsonObject Newer = Parse("""
        { "recommendations": { "ndcg_at_10": 0.107, "baselines": { "item_knn": { "ndcg_at_10": 0.078 } } },
          "churn": { "auc": 0.744, "lift_at_10pct": 1.54, "horizon_days": 90, "intervals_95": { "auc": [0.728, 0.761], "lift_at_10pct": [1.45, 1.67] } },
          "kpis": { "customers": 4334 } }
        """);

    [Fact]
    public void Compare_Headline_GivesBothValuesAndTheChangeInHeadlineOrder()
    {
        var rows = MetricsComparison.Compare(Older, Newer);

        Assert.Equal(["recommendations.ndcg_at_10", "recommendations.baselines.item_knn.ndcg_at_10", "churn.auc", "churn.lift_at_10pct", "kpis.customers"], rows.Select(row => row.Path));
        var ndcg = rows[0];
        Assert.Equal(0.100, ndcg.Older);
        Assert.Equal(0.107, ndcg.Newer);
        Assert.Equal(0.007, ndcg.Change!.Value, 9);
        Assert.Equal(334, rows[^1].Change);
    }

    [Fact]
    public void Compare_MetricOnlyOneRunReports_HasNoChange()
    {
        var lift = MetricsComparison.Compare(Older, Newer).Single(row => row.Path == "churn.lift_at_10pct");

        Assert.Null(lift.Older);
        Assert.Equal(1.54, lift.Newer);
        Assert.Null(lift.Change);
        Assert.False(lift.WithinNoise);
    }

    [Fact]
    public void Compare_OlderValueInsideTheNewerInterval_IsWithinNoise()
    {
        var auc = MetricsComparison.Compare(Older, Newer).Single(row => row.Path == "churn.auc");

        Assert.Equal((0.728, 0.761), auc.NewerInterval);
        Assert.True(auc.WithinNoise);
        Assert.False(new MetricDelta("churn.auc", 0.70, 0.744, (0.728, 0.761)).WithinNoise);
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

        Assert.Contains(rows, row => row.Path == "churn.horizon_days" && row.Change == 0);
        Assert.DoesNotContain(rows, row => row.Path.Contains("intervals_95", StringComparison.Ordinal));
        Assert.Equal(6, rows.Count);
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}

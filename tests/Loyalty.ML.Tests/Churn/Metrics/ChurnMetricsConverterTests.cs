using System.Text.Json;
using System.Text.Json.Nodes;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Tests.Churn.Metrics;

public sealed class ChurnMetricsConverterTests
{
    [Fact]
    public void Write_Evaluated_KeepsMetricsJsonsFlatKeyOrder()
    {
        var section = JsonSerializer.SerializeToNode(ChurnTestMetrics.Evaluated(0.74), MetricsJsonContext.Bundle.ChurnMetrics)!.AsObject();

        Assert.Equal(
            ["auc", "pr_auc", "lift_at_10pct", "brier", "calibration", "horizon_days", "test_cutoff", "test_population", "test_customers", "churn_rate",
             "train_cutoffs", "train_examples", "train_sample_share", "train_last_cutoff", "intervals_95", "auc_gain_over_recency", "best_baseline", "auc_gain_over_best_baseline", "baselines", "diagnostics",
             "as_of", "scored_customers", "final_train_cutoffs", "final_train_examples", "final_train_sample_share", "bands", "bgnbd", "gamma_gamma", "clv"],
            section.Select(pair => pair.Key));
        Assert.Equal("2011-09-10", (string)section["test_cutoff"]!);
        Assert.Equal(0.72, (double)section["intervals_95"]!["auc"]![0]!, 12);
        Assert.False(section["baselines"]!["recency"]!.AsObject().ContainsKey("brier"));
        Assert.Equal([0.724, 0.764], section["diagnostics"]!["in_time_cv"]!["auc_interval_95"]!.AsArray().Select(bound => Math.Round((double)bound!, 12)));
        Assert.Equal(0.6, (double)section["bgnbd"]!["r"]!);
    }

    [Fact]
    public void Write_NotEvaluated_GivesTheHorizonTheFlagAndTheReasonFirst()
    {
        var section = JsonSerializer.SerializeToNode(ChurnTestMetrics.NotEvaluated("too short"), MetricsJsonContext.Bundle.ChurnMetrics)!.AsObject();

        Assert.Equal(["horizon_days", "evaluated", "reason", "as_of"], section.Select(pair => pair.Key).Take(4));
        Assert.False((bool)section["evaluated"]!);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FromDocument_StoredSection_ReadsBackTheSameRecord(bool evaluated)
    {
        var metrics = evaluated ? ChurnTestMetrics.Evaluated(0.74) : ChurnTestMetrics.NotEvaluated("too short");
        var document = JsonNode.Parse(new RunMetrics { Churn = metrics }.ToDocument([]).ToJsonString(Loyalty.ML.Core.BundleJson.Options))!.AsObject();

        var read = RunMetrics.FromDocument(document).Churn;

        Assert.NotNull(read);
        Assert.Equal(Serialize(metrics), Serialize(read));
        Assert.Equal(metrics.Evaluation?.Auc, read.Evaluation?.Auc);
    }

    [Fact]
    public void FromDocument_SectionOfAnOlderShape_IsNull()
    {
        var document = JsonNode.Parse("""{ "churn": { "auc": 0.74, "horizon_days": 90 } }""")!.AsObject();

        Assert.Null(RunMetrics.FromDocument(document).Churn);
    }

    private static string Serialize(Loyalty.ML.Churn.Metrics.ChurnMetrics metrics) => JsonSerializer.Serialize(metrics, MetricsJsonContext.Bundle.ChurnMetrics);
}

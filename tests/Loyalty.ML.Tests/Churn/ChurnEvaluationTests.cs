using Loyalty.ML.Churn;

namespace Loyalty.ML.Tests.Churn;

public sealed class ChurnEvaluationTests
{
    [Fact]
    public void Run_SimulatedPopulation_IsCalibratedAndBeatsChance()
    {
        var timeline = CustomerTimelineBuilder.Build(ChurnSimulatedData.History(3_000, withItems: false));

        var metrics = ChurnEvaluation.Run(timeline, ChurnSimulatedData.FastOptions());

        var churnRate = (double)metrics["churn_rate"]!;
        var meanPredicted = metrics["calibration"]!.AsArray().Sum(bin => (double)bin!["mean_predicted"]! * (int)bin["count"]!) / (int)metrics["test_customers"]!;
        Assert.InRange(meanPredicted, churnRate - 0.05, churnRate + 0.05);
        Assert.InRange((double)metrics["auc"]!, 0.65, 1.0);
        Assert.InRange((double)metrics["brier"]!, 0, 0.25);
        foreach (var bin in metrics["calibration"]!.AsArray())
        {
            Assert.InRange((double)bin!["mean_predicted"]! - (double)bin["observed_rate"]!, -0.15, 0.15);
        }
    }

    [Fact]
    public void Run_Metrics_HoldTheContractKeysAndAnHonestTestPopulation()
    {
        var history = ChurnSimulatedData.History(1_000, withItems: true);
        var timeline = CustomerTimelineBuilder.Build(history);

        var metrics = ChurnEvaluation.Run(timeline, ChurnSimulatedData.FastOptions());

        foreach (var key in new[] { "auc", "pr_auc", "brier", "lift_at_10pct", "calibration", "horizon_days", "test_customers", "churn_rate" })
        {
            Assert.True(metrics.ContainsKey(key), key);
        }

        Assert.True(metrics["baselines"]!["recency"]!.AsObject().ContainsKey("auc"));
        Assert.True(metrics["baselines"]!["bgnbd"]!.AsObject().ContainsKey("auc"));
        var testCutoff = timeline.LastDay - 90;
        var known = Enumerable.Range(0, timeline.CustomerCount).Count(c => timeline.OrderDay[timeline.OrderStart[c]] <= testCutoff);
        Assert.Equal(known, (int)metrics["test_customers"]!);
        Assert.Equal(10, metrics["calibration"]!.AsArray().Count);
    }
}

using System.Globalization;
using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Evaluation;
using Loyalty.ML.Churn.Features;

namespace Loyalty.ML.Tests.Churn.Evaluation;

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

        foreach (var key in new[] { "auc", "pr_auc", "brier", "lift_at_10pct", "calibration", "horizon_days", "test_customers", "churn_rate", "diagnostics" })
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

    [Fact]
    public void Run_TestCutoffAsked_BacktestsThereOnTheCustomersKnownThen()
    {
        var timeline = CustomerTimelineBuilder.Build(ChurnSimulatedData.History(1_000, withItems: false));
        var testCutoff = timeline.LastDay - 150;

        var metrics = ChurnEvaluation.Run(timeline, ChurnSimulatedData.FastOptions(timeline.DateOf(testCutoff)));

        var known = Enumerable.Range(0, timeline.CustomerCount).Count(c => timeline.OrderDay[timeline.OrderStart[c]] <= testCutoff);
        Assert.Equal(timeline.DateOf(testCutoff).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (string)metrics["test_cutoff"]!);
        Assert.Equal(known, (int)metrics["test_customers"]!);
        Assert.Equal(timeline.DateOf(testCutoff - 90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (string)metrics["train_last_cutoff"]!);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TestCutoff_NoTrainingCutoffBeforeOrLabelsUnobserved_ThrowsNamingTheRange(bool late)
    {
        var timeline = CustomerTimelineBuilder.Build(ChurnSimulatedData.History(300, withItems: false));
        var options = new ChurnOptions { TestCutoff = timeline.DateOf(late ? timeline.LastDay - 89 : 149) };

        var error = Assert.Throws<ArgumentException>(() => ChurnEvaluation.TestCutoff(timeline, options));

        Assert.Contains($"must lie between {timeline.DateOf(150):yyyy-MM-dd}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"and {timeline.DateOf(timeline.LastDay - 90):yyyy-MM-dd}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Intervals_BracketTheMeasuredAucLiftAndGain()
    {
        var timeline = CustomerTimelineBuilder.Build(ChurnSimulatedData.History(1_000, withItems: false));

        var metrics = ChurnEvaluation.Run(timeline, ChurnSimulatedData.FastOptions());

        var intervals = metrics["intervals_95"]!;
        var gain = (double)metrics["auc"]! - (double)metrics["baselines"]!["recency"]!["auc"]!;
        AssertBrackets(intervals["auc"]!, (double)metrics["auc"]!);
        AssertBrackets(intervals["lift_at_10pct"]!, (double)metrics["lift_at_10pct"]!);
        AssertBrackets(intervals["auc_gain_over_recency"]!, gain);
    }

    private static void AssertBrackets(System.Text.Json.Nodes.JsonNode interval, double value)
    {
        var (low, high) = ((double)interval[0]!, (double)interval[1]!);
        Assert.True(low < value && value < high, $"{value} outside [{low}, {high}]");
        Assert.True(high - low < 0.3, $"[{low}, {high}] is too wide to tell anything");
    }
}

using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Evaluation;
using Loyalty.ML.Churn.Features;
using Loyalty.ML.Core.Statistics;

namespace Loyalty.ML.Tests.Churn.Evaluation;

public sealed class ChurnEvaluationTests
{
    [Fact]
    public void Run_SimulatedPopulation_IsCalibratedAndBeatsChance()
    {
        var timeline = CustomerTimelineBuilder.Build(ChurnSimulatedData.History(3_000, withItems: false));

        var metrics = ChurnEvaluation.Run(timeline, ChurnSimulatedData.FastOptions());

        var churnRate = metrics.ChurnRate;
        var meanPredicted = metrics.Calibration.Sum(bin => bin.MeanPredicted * bin.Count) / metrics.TestCustomers;
        Assert.InRange(meanPredicted, churnRate - 0.05, churnRate + 0.05);
        Assert.InRange(metrics.Auc, 0.65, 1.0);
        Assert.InRange(metrics.Brier, 0, 0.25);
        foreach (var bin in metrics.Calibration)
        {
            Assert.InRange(bin.MeanPredicted - bin.ObservedRate, -0.15, 0.15);
        }
    }

    [Fact]
    public void Run_Metrics_MeasureEveryCustomerKnownAtTheTestCutoff()
    {
        var history = ChurnSimulatedData.History(1_000, withItems: true);
        var timeline = CustomerTimelineBuilder.Build(history);

        var metrics = ChurnEvaluation.Run(timeline, ChurnSimulatedData.FastOptions());

        Assert.Equal(90, metrics.HorizonDays);
        Assert.InRange(metrics.Baselines.Recency.Auc, 0, 1);
        Assert.InRange(metrics.Baselines.Bgnbd.Auc, 0, 1);
        var testCutoff = timeline.LastDay - 90;
        var known = Enumerable.Range(0, timeline.CustomerCount).Count(c => timeline.OrderDay[timeline.OrderStart[c]] <= testCutoff);
        Assert.Equal(known, metrics.TestCustomers);
        Assert.Equal(known, metrics.Diagnostics.Segments.OneTime.Customers + metrics.Diagnostics.Segments.Repeat.Customers);
        Assert.Equal(10, metrics.Calibration.Count);
    }

    [Fact]
    public void Run_TestCutoffAsked_BacktestsThereOnTheCustomersKnownThen()
    {
        var timeline = CustomerTimelineBuilder.Build(ChurnSimulatedData.History(1_000, withItems: false));
        var testCutoff = timeline.LastDay - 150;

        var metrics = ChurnEvaluation.Run(timeline, ChurnSimulatedData.FastOptions(timeline.DateOf(testCutoff)));

        var known = Enumerable.Range(0, timeline.CustomerCount).Count(c => timeline.OrderDay[timeline.OrderStart[c]] <= testCutoff);
        Assert.Equal(timeline.DateOf(testCutoff), metrics.TestCutoff);
        Assert.Equal(known, metrics.TestCustomers);
        Assert.Equal(timeline.DateOf(testCutoff - 90), metrics.TrainLastCutoff);
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

        var intervals = metrics.Intervals;
        var gain = metrics.Auc - metrics.Baselines.Recency.Auc;
        AssertBrackets(intervals.Auc, metrics.Auc);
        AssertBrackets(intervals.LiftAt10Pct, metrics.LiftAt10Pct);
        AssertBrackets(intervals.AucGainOverRecency, gain);
    }

    private static void AssertBrackets(MetricInterval? interval, double value)
    {
        var (low, high) = (interval!.Value.Low, interval.Value.High);
        Assert.True(low < value && value < high, $"{value} outside [{low}, {high}]");
        Assert.True(high - low < 0.3, $"[{low}, {high}] is too wide to tell anything");
    }
}

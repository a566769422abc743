using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Core.Statistics;
using Loyalty.ML.Churn.Evaluation;

namespace Loyalty.ML.Tests.Churn.Evaluation;

public sealed class ChurnDiagnosticsTests
{
    [Fact]
    public void CrossValidate_LearnableLabels_ScoresEveryCustomerOutOfFoldWithAHighAuc()
    {
        var (test, labels) = TestCutoff(3_000);

        var (rows, probabilities) = ChurnDiagnostics.CrossValidate(test, labels, ChurnSimulatedData.FastOptions())!.Value;

        Assert.Equal(Enumerable.Range(0, test.Count), rows.Order());
        Assert.InRange(BinaryScoreMetrics.Auc(probabilities, BootstrapInterval.Pick(labels, rows)), 0.7, 1);
    }

    [Fact]
    public void CrossValidate_LabelsUnrelatedToFeatures_StaysAtChanceWhereAFitOnTheSameRowsWouldNot()
    {
        var (test, _) = TestCutoff(3_000);
        var random = new Random(7);
        var noise = Enumerable.Range(0, test.Count).Select(_ => random.NextDouble() < 0.5).ToArray();
        var options = ChurnSimulatedData.FastOptions();

        var (rows, probabilities) = ChurnDiagnostics.CrossValidate(test, noise, options)!.Value;
        var inSample = ChurnModel.Fit(options, test.Features, noise).Predict(test.Features);

        var outOfFold = BinaryScoreMetrics.Auc(probabilities, BootstrapInterval.Pick(noise, rows));
        var memorised = BinaryScoreMetrics.Auc(Array.ConvertAll(inSample, value => (double)value), noise);
        Assert.InRange(outOfFold, 0.44, 0.56);
        Assert.True(memorised > outOfFold + 0.05, $"in-sample {memorised} against out-of-fold {outOfFold}: the check would not see a leak");
    }

    [Fact]
    public void CrossValidate_FewerChurnedThanFolds_GivesNothing()
    {
        var (test, _) = TestCutoff(500);
        var labels = new bool[test.Count];
        labels.AsSpan(0, ChurnDiagnostics.Folds - 1).Fill(true);

        Assert.Null(ChurnDiagnostics.CrossValidate(test, labels, ChurnSimulatedData.FastOptions()));
    }

    [Fact]
    public void Run_Segments_SplitTheTestCustomersByPurchaseDays()
    {
        var (test, labels) = TestCutoff(1_000);
        var probabilities = Enumerable.Range(0, test.Count).Select(row => (double)test[row, ChurnFeature.RecencyDays]).ToArray();

        var diagnostics = ChurnDiagnostics.Run(test, labels, probabilities, probabilities, ChurnSimulatedData.FastOptions());

        var oneTime = Enumerable.Range(0, test.Count).Where(row => test[row, ChurnFeature.PurchaseDays] <= 1).ToArray();
        var segments = diagnostics.Segments;
        Assert.Equal(oneTime.Length, segments.OneTime.Customers);
        Assert.Equal(test.Count - oneTime.Length, segments.Repeat.Customers);
        Assert.Equal(oneTime.Average(row => labels[row] ? 1.0 : 0), segments.OneTime.ChurnRate, 1e-12);
        Assert.Equal(segments.Repeat.Auc, segments.Repeat.RecencyAuc);
        Assert.Equal(test.Count, diagnostics.InTimeCv!.Customers);
    }

    [Fact]
    public void Run_InTimeReference_CrossValidatesInThreeFoldsWithAnIntervalAroundItsAuc()
    {
        var (test, labels) = TestCutoff(1_000);
        var probabilities = Enumerable.Range(0, test.Count).Select(row => (double)test[row, ChurnFeature.RecencyDays]).ToArray();

        var reference = ChurnDiagnostics.Run(test, labels, probabilities, probabilities, ChurnSimulatedData.FastOptions()).InTimeCv!;

        Assert.Equal(3, reference.Folds);
        var interval = Assert.NotNull(reference.AucInterval);
        Assert.True(interval.Contains(reference.Auc), $"{reference.Auc} outside [{interval.Low}, {interval.High}]");
        Assert.InRange(interval.High - interval.Low, 0.005, 0.2);
    }

    private static (ChurnSnapshot Test, bool[] Labels) TestCutoff(int customers)
    {
        var timeline = CustomerTimelineBuilder.Build(ChurnSimulatedData.History(customers, withItems: false));
        var test = ChurnFeatureBuilder.Build(timeline, timeline.LastDay - 90);
        BuyTillYouDieFeatures.FitAndFill(test, 90);
        return (test, ChurnLabels.Build(timeline, test, 90));
    }
}

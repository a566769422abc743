using Loyalty.ML.Churn;

namespace Loyalty.ML.Tests.Churn;

public sealed class ChurnTrainerTests
{
    [Fact]
    public void Train_TestCutoffBeforeAnyTrainingCutoff_ThrowsNamingTheRange()
    {
        var history = ChurnSimulatedData.History(300, withItems: false);

        var error = Assert.Throws<ArgumentException>(() => ChurnTrainer.Train(history, ChurnSimulatedData.FastOptions(new DateOnly(2023, 1, 20))));

        Assert.Contains("must lie between", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_TwiceOnOneHistory_SameFiguresAndScoresEveryTime()
    {
        var history = ChurnSimulatedData.History(1_500, withItems: true);
        var options = ChurnSimulatedData.FastOptions();

        var first = ChurnTrainer.Train(history, options);
        var second = ChurnTrainer.Train(history, options);

        Assert.NotNull(first.Metrics.Evaluation);
        Assert.Equal(first.Metrics.Evaluation.Auc, second.Metrics.Evaluation!.Auc);
        Assert.Equal(first.Metrics.Evaluation.Diagnostics.InTimeCv?.Auc, second.Metrics.Evaluation.Diagnostics.InTimeCv?.Auc);
        Assert.Equal(first.Scores.Select(score => score.Probability), second.Scores.Select(score => score.Probability));
    }

    [Fact]
    public void Train_WithAnEvaluation_EvaluatesAfterTheFinalModelIsScoredOnMemoryHandedBack()
    {
        var history = ChurnSimulatedData.History(300, withItems: true);
        var reports = new List<(string? Message, long FullCollection)>();

        var training = ChurnTrainer.Train(history, ChurnSimulatedData.FastOptions(), new Progress(report => reports.Add((report.Message, GC.GetGCMemoryInfo(GCKind.FullBlocking).Index))));

        // The two fits never overlap: the evaluation's examples and FastTree's copy of them come after the final
        // model's are dead, and a full collection between hands those back.
        var scoring = reports.FindIndex(report => report.Message == "scoring every customer");
        var evaluating = reports.FindIndex(report => report.Message == "out-of-time evaluation");
        Assert.True(scoring >= 0 && evaluating > scoring, string.Join(" / ", reports.Select(report => report.Message)));
        Assert.True(reports[evaluating].FullCollection > reports[scoring].FullCollection, "no full collection between the final model and the evaluation");
        Assert.NotNull(training.Metrics.Evaluation);
    }

    private sealed class Progress(Action<Loyalty.ML.Core.TrainingProgress> report) : IProgress<Loyalty.ML.Core.TrainingProgress>
    {
        public void Report(Loyalty.ML.Core.TrainingProgress value) => report(value);
    }
}

using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Rescoring;

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
    public void Train_EvaluationBesideTheFinalFit_SameFiguresAndScoresEveryTime()
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
    public void Save_FoldInFileFailing_ThrowsItsErrorOnceTheScoresAreWrittenInFull()
    {
        var training = ChurnTrainer.Train(ChurnSimulatedData.History(600, withItems: false), ChurnSimulatedData.FastOptions());
        using var folder = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(folder.Path, ChurnContextFile.FileName)); // the file cannot take its name

        Assert.ThrowsAny<IOException>(() => training.Save(folder.Path));

        var (_, scores) = ChurnScoreFile.Read(folder.Path);
        Assert.Equal(training.Scores.Select(score => score.CustomerId), scores.Select(score => score.CustomerId));
        Assert.Equal(training.Scores.Select(score => score.Probability), scores.Select(score => score.Probability));
        Assert.True(File.Exists(Path.Combine(folder.Path, ChurnScoreFile.ModelFile)));
    }
}

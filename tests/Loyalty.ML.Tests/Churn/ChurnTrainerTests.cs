using System.IO.Compression;
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
    public void Train_WithADirectory_WritesBesideTheEvaluationWhatSaveWrites()
    {
        var history = ChurnSimulatedData.History(1_500, withItems: true);
        using var during = new TempDirectory();
        using var after = new TempDirectory();

        var training = ChurnTrainer.Train(history, ChurnSimulatedData.FastOptions(), directory: during.Path);
        training.Save(after.Path);

        Assert.NotNull(training.Metrics.Evaluation);
        var written = Directory.GetFiles(during.Path).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(Directory.GetFiles(after.Path).Select(Path.GetFileName).Order(), written);
        Assert.Contains(ChurnScoreFile.ModelFile, written);
        foreach (var name in written)
        {
            Assert.Equal(Contents(Path.Combine(after.Path, name!)), Contents(Path.Combine(during.Path, name!)));
        }
    }

    // A zip's entries with their bytes: the archive itself stamps each entry with the time it was written.
    private static IEnumerable<(string, string)> Contents(string path)
    {
        if (!path.EndsWith(".zip", StringComparison.Ordinal))
        {
            return [(Path.GetFileName(path), Convert.ToHexString(File.ReadAllBytes(path)))];
        }

        using var zip = ZipFile.OpenRead(path);
        return [.. zip.Entries.Select(entry =>
        {
            using var stream = entry.Open();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return (entry.FullName, Convert.ToHexString(bytes.ToArray()));
        })];
    }
}

using Loyalty.ML.Churn.Rescoring;

namespace Loyalty.ML.Churn;

/// <summary>What a churn training gives: the published model, every customer's score as of the last day and the metrics.</summary>
/// <param name="Model">The model trained on the latest fully observed cutoffs.</param>
/// <param name="Info">What the scores speak of.</param>
/// <param name="Scores">Every customer's score as of the last day, without its reasons (one a row of <paramref name="Reasons"/>).</param>
/// <param name="Reasons">The scores' reasons, put into words when read.</param>
/// <param name="Metrics">The <c>churn</c> section of metrics.json.</param>
/// <param name="FoldIn">What re-scoring a customer who reports a purchase needs beside the model.</param>
internal sealed record ChurnTraining(ChurnModel Model, ChurnScoresInfo Info, IReadOnlyList<ChurnScore> Scores, ChurnReasonTexts Reasons, Metrics.ChurnMetrics Metrics, ChurnFoldIn FoldIn)
{
    /// <summary>Writes the model, the scores and the fold-in data into <paramref name="directory"/>; returns once all are written or one failed.</summary>
    public void Save(string directory)
    {
        // The fold-in file is Brotli on one core for as long as the other two files take together: they are written
        // side by side, each into its own file, and a failure is thrown only once neither is still writing.
        var modelAndScores = Task.Run(() =>
        {
            Model.Save(Path.Combine(directory, ChurnScoreFile.ModelFile));
            ChurnScoreFile.Write(directory, Info, Reasons.Attach(Scores));
        });
        var foldIn = Task.Run(() => ChurnContextFile.Write(directory, FoldIn));
        Task.WhenAll(modelAndScores, foldIn).GetAwaiter().GetResult();
    }
}

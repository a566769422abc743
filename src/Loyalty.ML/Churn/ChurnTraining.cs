namespace Loyalty.ML.Churn;

/// <summary>What a churn training gives: the published model, every customer's score as of the last day and the metrics.</summary>
/// <param name="Model">The model trained on the latest fully observed cutoffs.</param>
/// <param name="Info">What the scores speak of.</param>
/// <param name="Scores">Every customer's score as of the last day.</param>
/// <param name="Metrics">The <c>churn</c> section of metrics.json.</param>
internal sealed record ChurnTraining(ChurnModel Model, ChurnScoresInfo Info, IReadOnlyList<ChurnScore> Scores, Metrics.ChurnMetrics Metrics)
{
    /// <summary>Writes the model and the scores into <paramref name="directory"/>.</summary>
    public void Save(string directory)
    {
        Model.Save(Path.Combine(directory, ChurnScoreFile.ModelFile));
        ChurnScoreFile.Write(directory, Info, Scores);
    }
}

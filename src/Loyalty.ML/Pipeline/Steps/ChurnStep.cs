using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Figures;
using Loyalty.ML.Core;

namespace Loyalty.ML.Pipeline.Steps;

/// <summary>
/// The churn training step: <see cref="ChurnTrainer"/> on the run's history, its files into the bundle, its metrics
/// into the run's. Returns the scores for the offers report, without their reasons.
/// </summary>
internal static class ChurnStep
{
    public const string Name = "churn";

    public static bool HasEnoughHistory(PurchaseHistory history, ChurnOptions options) => ChurnTrainer.CanTrain(history, options);

    public static string TooShort(PurchaseHistory history, ChurnOptions options) =>
        history.Purchases.Count == 0
            ? "the data holds no purchases"
            : $"{ChurnTrainer.DaysSpanned(history)} days of history; churn needs {options.MinimumHistoryDays + options.HorizonDays} (the minimum history plus the {options.HorizonDays}-day horizon)";

    public static IChurnScores Run(TrainingContext context, ChurnOptions options)
    {
        var training = ChurnTrainer.Train(context.History, options, context.Progress);
        training.Save(context.BundleDirectory);
        context.RunMetrics.Churn = training.Metrics;
        context.Parameters.Churn = options;
        context.Summary.Add(training.Metrics.SummaryLine());
        context.Figures.Churn = ChurnFiguresBuilder.Build(training.Metrics.Evaluation?.Curves, training.Scores, Enumerable.Range(0, training.Reasons.Count).SelectMany(training.Reasons.Of));
        context.Figures.Value = ValueFiguresBuilder.Build(training.Scores, training.Reasons.Of);
        // The offers read a score's probability and value: the scores as trained, without reasons (those are in the saved file).
        return ChurnScores.From(training.Info, training.Scores);
    }
}

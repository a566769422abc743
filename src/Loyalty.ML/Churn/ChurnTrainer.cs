using Loyalty.ML.Churn.Evaluation;
using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Metrics;
using Loyalty.ML.Churn.Rescoring;
using Loyalty.ML.Core;

namespace Loyalty.ML.Churn;

/// <summary>
/// Churn from a purchase history: evaluates out of time (against the run's baselines), trains the model to
/// publish on the latest fully observed cutoffs and scores every customer as of the last day.
/// </summary>
internal static class ChurnTrainer
{
    private const string Step = "churn";

    /// <summary>True when the history spans the minimum history plus one horizon, the least a labelled cutoff needs.</summary>
    public static bool CanTrain(PurchaseHistory history, ChurnOptions options) =>
        history.Purchases.Count > 0 && DaysSpanned(history) >= options.MinimumHistoryDays + options.HorizonDays;

    /// <summary>Days from the first to the last purchase day of <paramref name="history"/>.</summary>
    public static int DaysSpanned(PurchaseHistory history) =>
        DateOnly.FromDateTime(history.LastTime).DayNumber - DateOnly.FromDateTime(history.FirstTime).DayNumber;

    /// <summary>Trains on <paramref name="history"/>; nothing is written (see <see cref="ChurnTraining.Save"/>).</summary>
    public static ChurnTraining Train(PurchaseHistory history, ChurnOptions options, IProgress<TrainingProgress>? progress = null)
    {
        options.Validate();
        progress?.Report(new TrainingProgress(Step, 0, "building customer timelines"));
        var timeline = CustomerTimelineBuilder.Build(history);
        var horizon = options.HorizonDays;

        var evaluated = options.TestCutoff is not null || timeline.LastDay - 2 * horizon >= options.MinimumHistoryDays;
        if (evaluated)
        {
            ChurnEvaluation.TestCutoff(timeline, options); // a test cutoff out of range fails now, not after the final fit
        }

        // The evaluation runs after the published model, not beside it. Each side's stacking and split search already
        // take every core, so the overlap saved little time, and it held both sides' examples and FastTree's conversion
        // lists at once: the churn stage's peak, the run's on 2M lines.
        progress?.Report(new TrainingProgress(Step, 0.1, "training the final model"));
        var training = StackedFit.Of(timeline, timeline.LastDay - horizon, options);
        var model = training.Model;

        progress?.Report(new TrainingProgress(Step, 0.4, "scoring every customer"));
        var (scores, reasons, purchases, spend) = ChurnScoring.ScoreHoldingReasons(timeline, history.Customers, model, options, timeline.LastDay);
        var evaluation = evaluated
            ? ChurnEvaluation.Run(timeline, options, () => progress?.Report(new TrainingProgress(Step, 0.5, "out-of-time evaluation")))
            : null;
        var asOf = timeline.DateOf(timeline.LastDay);
        var info = new ChurnScoresInfo(horizon, asOf, scores.Length, options.MediumRiskThreshold, options.HighRiskThreshold, options.ClvMonths, options.ClvMonthlyDiscountRate);
        var published = new PublishedScoresMetrics(
            asOf,
            scores.Length,
            training.Cutoffs.Length,
            training.Examples,
            training.SampleShare,
            new RiskBandCounts(scores.Count(score => score.Band == RiskBand.Low), scores.Count(score => score.Band == RiskBand.Medium), scores.Count(score => score.Band == RiskBand.High)),
            purchases,
            spend,
            new ClvSettings(options.ClvMonths, options.ClvMonthlyDiscountRate));
        var metrics = new ChurnMetrics
        {
            HorizonDays = horizon,
            Evaluation = evaluation,
            NotEvaluatedReason = evaluation is null
                ? $"{timeline.LastDay + 1} days of history; an out-of-time evaluation needs {options.MinimumHistoryDays + 2 * horizon}."
                : null,
            Published = published,
        };
        progress?.Report(new TrainingProgress(Step, 1, null));
        return new ChurnTraining(model, info, scores, reasons, metrics, ChurnFoldIn.Of(history, timeline, purchases, spend, horizon));
    }
}

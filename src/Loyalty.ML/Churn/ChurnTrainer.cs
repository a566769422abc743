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

        // The evaluation and the published model read the same timeline and share nothing else; each boosting fit has its
        // own seeded context, so running them side by side changes no result, only the wall time.
        Task<ChurnEvaluationMetrics>? evaluating = null;
        if (options.TestCutoff is not null || timeline.LastDay - 2 * horizon >= options.MinimumHistoryDays)
        {
            ChurnEvaluation.TestCutoff(timeline, options); // a test cutoff out of range fails now, not after the final fit
            evaluating = BoostingThreads.Start(() => ChurnEvaluation.Run(timeline, options));
        }

        progress?.Report(new TrainingProgress(Step, 0.1, evaluating is null ? "training the final model" : "out-of-time evaluation beside the final model"));
        var training = StackedFit.Of(timeline, timeline.LastDay - horizon, options);
        var model = training.Model;

        progress?.Report(new TrainingProgress(Step, 0.6, "scoring every customer"));
        var (scores, reasons, purchases, spend) = ChurnScoring.ScoreHoldingReasons(timeline, history.Customers, model, options, timeline.LastDay);
        progress?.Report(new TrainingProgress(Step, 0.8, evaluating is null ? "scored" : "scored; finishing the evaluation"));
        var evaluation = evaluating?.GetAwaiter().GetResult();
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

using System.Globalization;
using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Figures;
using Loyalty.ML.Churn.Metrics;
using Loyalty.ML.Core.Statistics;
using Loyalty.ML.Churn.Lifetime;

namespace Loyalty.ML.Churn.Evaluation;

/// <summary>
/// Out-of-time evaluation: test cutoff T = last day − H, trained only on cutoffs ≤ T − H (labels observed
/// before T), tested on every customer with a purchase on or before T, against recency alone and BG/NBD's own
/// P(no purchase in the next H days) in the same run; the headline gain is over the stronger of the two.
/// </summary>
internal static class ChurnEvaluation
{
    /// <summary>Evaluates and returns the evaluation part of the <c>churn</c> metrics.</summary>
    public static ChurnEvaluationMetrics Run(CustomerTimeline timeline, ChurnOptions options)
    {
        var horizon = options.HorizonDays;
        var testCutoff = TestCutoff(timeline, options);
        var training = StackedFit.Of(timeline, testCutoff - horizon, options);
        var model = training.Model;

        var test = ChurnFeatureBuilder.Build(timeline, testCutoff);
        var purchases = BuyTillYouDieFeatures.FitAndFill(test, horizon);
        var labels = ChurnLabels.Build(timeline, test, horizon);
        var probabilities = Array.ConvertAll(model.Predict(test.Features), value => (double)value);
        var recency = new double[test.Count];
        var notAlive = new double[test.Count];
        var silent = new double[test.Count];
        for (var row = 0; row < test.Count; row++)
        {
            recency[row] = test[row, ChurnFeature.RecencyDays];
            notAlive[row] = 1 - test[row, ChurnFeature.ProbabilityAlive];
            silent[row] = purchases.ProbabilityNoPurchase(test.Summaries[row], horizon);
        }

        var auc = BinaryScoreMetrics.Auc(probabilities, labels);
        var recencyScores = Baseline(recency, labels);
        var bgnbdScores = Baseline(silent, labels) with { Brier = BinaryScoreMetrics.Brier(silent, labels) };
        var (bestBaseline, best) = bgnbdScores.Auc > recencyScores.Auc ? ("bgnbd", silent) : ("recency", recency);
        return new ChurnEvaluationMetrics(
            auc,
            BinaryScoreMetrics.PrAuc(probabilities, labels),
            BinaryScoreMetrics.Lift(probabilities, labels, 0.10),
            BinaryScoreMetrics.Brier(probabilities, labels),
            [.. BinaryScoreMetrics.Calibration(probabilities, labels).Select(bin => new CalibrationDecile(bin.Bin, bin.Count, bin.MeanPredicted, bin.ObservedRate))],
            horizon,
            timeline.DateOf(testCutoff),
            "customers with at least one purchase on or before the test cutoff",
            test.Count,
            labels.Count(label => label) / (double)labels.Length,
            training.Cutoffs.Length,
            training.Examples,
            training.SampleShare,
            timeline.DateOf(training.Cutoffs[0]),
            Intervals(probabilities, recency, best, labels, options.Seed),
            auc - recencyScores.Auc,
            bestBaseline,
            auc - Math.Max(recencyScores.Auc, bgnbdScores.Auc),
            new ChurnBaselines(recencyScores, bgnbdScores),
            ChurnDiagnostics.Run(test, labels, probabilities, recency, options) with
            {
                BgnbdProbabilityAlive = Baseline(notAlive, labels) with { Brier = BinaryScoreMetrics.Brier(notAlive, labels) },
            })
        {
            Curves = ChurnCurvesBuilder.Build(timeline, test, purchases, horizon, probabilities, recency, silent, labels),
        };
    }

    /// <summary>
    /// The test cutoff day: the one asked for, or the last day − H; throws when the one asked for leaves its labels
    /// unobserved or no training cutoff with its minimum history before it.
    /// </summary>
    public static int TestCutoff(CustomerTimeline timeline, ChurnOptions options)
    {
        var latest = timeline.LastDay - options.HorizonDays;
        if (options.TestCutoff is not { } date)
        {
            return latest;
        }

        var earliest = options.MinimumHistoryDays + options.HorizonDays;
        var day = timeline.DayOf(date);
        return day >= earliest && day <= latest ? day : throw new ArgumentException(string.Create(
            CultureInfo.InvariantCulture,
            $"The churn test cutoff {date:yyyy-MM-dd} must lie between {timeline.DateOf(earliest):yyyy-MM-dd} (a training cutoff with {options.MinimumHistoryDays} days of history and {options.HorizonDays} days of labels before it) and {timeline.DateOf(latest):yyyy-MM-dd} ({options.HorizonDays} days of labels before the last day of data)."));
    }

    /// <summary>
    /// Bootstrap 95% intervals of the model's AUC and lift, and of its AUC gain over recency and over the run's best
    /// baseline on the same resampled customers (paired, so a gain whose interval stays above 0 is not noise); null
    /// where a metric could not be measured on most resamples.
    /// </summary>
    public static ChurnIntervals Intervals(double[] probabilities, double[] recency, double[] bestBaseline, bool[] labels, int seed)
    {
        var resamples = BootstrapInterval.ResamplesFor(labels.Length);
        var (model, byRecency) = (new RankedScores(probabilities), new RankedScores(recency));
        var byBest = ReferenceEquals(bestBaseline, recency) ? byRecency : new RankedScores(bestBaseline);
        var intervals = BootstrapInterval.OfCounts(
            labels.Length,
            counts =>
            {
                var auc = model.Auc(counts, labels);
                var gainOverBest = auc - byBest.Auc(counts, labels);
                return [auc, model.Lift(counts, labels, 0.10), auc - byRecency.Auc(counts, labels), gainOverBest];
            },
            seed,
            resamples);
        return new ChurnIntervals(MetricInterval.From(intervals[0]), MetricInterval.From(intervals[1]), MetricInterval.From(intervals[2]), resamples, MetricInterval.From(intervals[3]));
    }

    /// <summary>AUC, PR-AUC and lift at 10% of a baseline's <paramref name="scores"/>.</summary>
    public static BaselineScores Baseline(double[] scores, bool[] labels) =>
        new(BinaryScoreMetrics.Auc(scores, labels), BinaryScoreMetrics.PrAuc(scores, labels), BinaryScoreMetrics.Lift(scores, labels, 0.10));
}

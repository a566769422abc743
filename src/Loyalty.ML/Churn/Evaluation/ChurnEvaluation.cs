using System.Globalization;
using System.Text.Json.Nodes;
using Loyalty.ML.Churn.Features;
using Loyalty.ML.Core.Statistics;
using Loyalty.ML.Churn.Lifetime;

namespace Loyalty.ML.Churn.Evaluation;

/// <summary>
/// Out-of-time evaluation: test cutoff T = last day − H, trained only on cutoffs ≤ T − H (labels observed
/// before T), tested on every customer with a purchase on or before T, against recency alone and BG/NBD
/// P(alive) alone in the same run.
/// </summary>
internal static class ChurnEvaluation
{
    /// <summary>Evaluates and returns the metrics (the <c>churn</c> section without the CLV settings).</summary>
    public static JsonObject Run(CustomerTimeline timeline, ChurnOptions options)
    {
        var horizon = options.HorizonDays;
        var testCutoff = TestCutoff(timeline, options);
        var training = StackedExamples.Build(timeline, testCutoff - horizon, options);
        var model = ChurnModel.Fit(options, training.Features, training.Labels);

        var test = ChurnFeatureBuilder.Build(timeline, testCutoff);
        BuyTillYouDieFeatures.FitAndFill(test, horizon);
        var labels = ChurnLabels.Build(timeline, test, horizon);
        var probabilities = Array.ConvertAll(model.Predict(test.Features), value => (double)value);
        var recency = new double[test.Count];
        var notAlive = new double[test.Count];
        for (var row = 0; row < test.Count; row++)
        {
            recency[row] = test[row, ChurnFeature.RecencyDays];
            notAlive[row] = 1 - test[row, ChurnFeature.ProbabilityAlive];
        }

        var metrics = Scores(probabilities, labels, withCalibration: true);
        metrics["horizon_days"] = horizon;
        metrics["test_cutoff"] = timeline.DateOf(testCutoff).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        metrics["test_population"] = "customers with at least one purchase on or before the test cutoff";
        metrics["test_customers"] = test.Count;
        metrics["churn_rate"] = labels.Count(label => label) / (double)labels.Length;
        metrics["train_cutoffs"] = training.Cutoffs.Length;
        metrics["train_examples"] = training.Labels.Length;
        metrics["train_sample_share"] = training.SampleShare;
        metrics["train_last_cutoff"] = timeline.DateOf(training.Cutoffs[0]).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        metrics["intervals_95"] = Intervals(probabilities, recency, labels, options.Seed);
        var recencyScores = Scores(recency, labels, withCalibration: false);
        metrics["auc_gain_over_recency"] = (double)metrics["auc"]! - (double)recencyScores["auc"]!;
        var bgnbd = Scores(notAlive, labels, withCalibration: false);
        bgnbd["brier"] = BinaryScoreMetrics.Brier(notAlive, labels);
        metrics["baselines"] = new JsonObject
        {
            ["recency"] = recencyScores,
            ["bgnbd"] = bgnbd,
        };
        metrics["diagnostics"] = ChurnDiagnostics.Run(test, labels, probabilities, recency, options);
        return metrics;
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
    /// Bootstrap 95% intervals of the model's AUC and lift, and of its AUC gain over recency on the same
    /// resampled customers (paired, so a gain whose interval stays above 0 is not noise); null where a
    /// metric could not be measured on most resamples.
    /// </summary>
    public static JsonObject Intervals(double[] probabilities, double[] recency, bool[] labels, int seed)
    {
        var resamples = BootstrapInterval.ResamplesFor(labels.Length);
        var intervals = BootstrapInterval.Of(
            labels.Length,
            rows =>
            {
                var (picked, pickedRecency, pickedLabels) = (BootstrapInterval.Pick(probabilities, rows), BootstrapInterval.Pick(recency, rows), BootstrapInterval.Pick(labels, rows));
                var auc = BinaryScoreMetrics.Auc(picked, pickedLabels);
                return [auc, BinaryScoreMetrics.Lift(picked, pickedLabels, 0.10), auc - BinaryScoreMetrics.Auc(pickedRecency, pickedLabels)];
            },
            seed,
            resamples);
        static JsonArray? Pair((double Low, double High)? interval) => interval is { } pair ? [pair.Low, pair.High] : null;
        return new JsonObject
        {
            ["auc"] = Pair(intervals[0]),
            ["lift_at_10pct"] = Pair(intervals[1]),
            ["auc_gain_over_recency"] = Pair(intervals[2]),
            ["resamples"] = resamples,
        };
    }

    /// <summary>AUC, PR-AUC, lift at 10% and, for probabilities, Brier and the calibration deciles.</summary>
    public static JsonObject Scores(double[] scores, bool[] labels, bool withCalibration)
    {
        var metrics = new JsonObject
        {
            ["auc"] = BinaryScoreMetrics.Auc(scores, labels),
            ["pr_auc"] = BinaryScoreMetrics.PrAuc(scores, labels),
            ["lift_at_10pct"] = BinaryScoreMetrics.Lift(scores, labels, 0.10),
        };
        if (withCalibration)
        {
            metrics["brier"] = BinaryScoreMetrics.Brier(scores, labels);
            var table = new JsonArray();
            foreach (var bin in BinaryScoreMetrics.Calibration(scores, labels))
            {
                table.Add(new JsonObject
                {
                    ["decile"] = bin.Bin,
                    ["count"] = bin.Count,
                    ["mean_predicted"] = bin.MeanPredicted,
                    ["observed_rate"] = bin.ObservedRate,
                });
            }

            metrics["calibration"] = table;
        }

        return metrics;
    }
}

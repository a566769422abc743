using System.Text.Json.Nodes;
using Loyalty.ML.Evaluation;

namespace Loyalty.ML.Churn;

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
        var testCutoff = timeline.LastDay - horizon;
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
        metrics["test_cutoff"] = timeline.DateOf(testCutoff).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        metrics["test_population"] = "customers with at least one purchase on or before the test cutoff";
        metrics["test_customers"] = test.Count;
        metrics["churn_rate"] = labels.Count(label => label) / (double)labels.Length;
        metrics["train_cutoffs"] = training.Cutoffs.Length;
        metrics["train_examples"] = training.Labels.Length;
        metrics["train_last_cutoff"] = timeline.DateOf(training.Cutoffs[0]).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        metrics["intervals_95"] = Intervals(probabilities, recency, labels, options.Seed);
        var bgnbd = Scores(notAlive, labels, withCalibration: false);
        bgnbd["brier"] = BinaryScoreMetrics.Brier(notAlive, labels);
        metrics["baselines"] = new JsonObject
        {
            ["recency"] = Scores(recency, labels, withCalibration: false),
            ["bgnbd"] = bgnbd,
        };
        return metrics;
    }

    /// <summary>
    /// Bootstrap 95% intervals of the model's AUC and lift, and of its AUC gain over recency on the same
    /// resampled customers (paired, so a gain whose interval stays above 0 is not noise).
    /// </summary>
    public static JsonObject Intervals(double[] probabilities, double[] recency, bool[] labels, int seed)
    {
        static JsonArray Pair((double Low, double High) interval) => [interval.Low, interval.High];
        double Auc(double[] scores, int[] rows) => BinaryScoreMetrics.Auc(BootstrapInterval.Pick(scores, rows), BootstrapInterval.Pick(labels, rows));
        return new JsonObject
        {
            ["auc"] = Pair(BootstrapInterval.Of(labels.Length, rows => Auc(probabilities, rows), seed)),
            ["lift_at_10pct"] = Pair(BootstrapInterval.Of(labels.Length, rows => BinaryScoreMetrics.Lift(BootstrapInterval.Pick(probabilities, rows), BootstrapInterval.Pick(labels, rows), 0.10), seed)),
            ["auc_gain_over_recency"] = Pair(BootstrapInterval.Of(labels.Length, rows => Auc(probabilities, rows) - Auc(recency, rows), seed)),
            ["resamples"] = BootstrapInterval.DefaultResamples,
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

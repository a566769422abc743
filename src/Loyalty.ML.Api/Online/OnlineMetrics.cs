using Loyalty.ML.Recommendations.Online;
using Prometheus;

namespace Loyalty.ML.Api.Online;

/// <summary>The online figures as Prometheus gauges, replaced whole at every computation so versions no longer served drop out.</summary>
internal static class OnlineMetrics
{
    private static readonly Gauge HitRate = Metrics.CreateGauge(
        "loyalty_online_hit_rate", "Share of served lists (window passed) with a purchase of one of their first K items within the window, by model version and list kind.", "model_version", "kind");

    private static readonly Gauge Precision = Metrics.CreateGauge(
        "loyalty_online_precision", "Share of the first K items of served lists bought within the window, by model version and list kind.", "model_version", "kind");

    private static readonly Gauge Revenue = Metrics.CreateGauge(
        "loyalty_online_revenue", "Revenue of purchases of listed items within the window of a list, by model version and list kind.", "model_version", "kind");

    private static readonly Gauge Lists = Metrics.CreateGauge(
        "loyalty_online_lists", "Served lists counted (window passed), by model version and list kind.", "model_version", "kind");

    private static readonly Gauge Difference = Metrics.CreateGauge(
        "loyalty_experiment_hit_rate_difference", "Challenger − champion hit rate of a running experiment, with the 95% interval's bounds.", "experiment", "bound");

    private static readonly Gauge Verdicts = Metrics.CreateGauge(
        "loyalty_experiment_verdict", "1 for the verdict a running experiment has now (better, worse, not_yet_distinguishable), 0 for the others.", "experiment", "verdict");

    private static readonly Lock Gate = new();

    /// <summary>Replaces every gauge with the figures of <paramref name="snapshot"/>.</summary>
    public static void Set(OnlineSnapshot snapshot)
    {
        lock (Gate)
        {
            foreach (var gauge in (Gauge[])[HitRate, Precision, Revenue, Lists, Difference, Verdicts])
            {
                foreach (var labels in gauge.GetAllLabelValues().ToList())
                {
                    gauge.RemoveLabelled(labels);
                }
            }

            foreach (var group in snapshot.Report.Evaluation.Groups)
            {
                var figures = group.Figures;
                Lists.WithLabels(group.ModelVersion, group.Kind).Set(figures.Lists);
                Revenue.WithLabels(group.ModelVersion, group.Kind).Set(figures.Revenue);
                SetIf(HitRate, figures.HitRate, group.ModelVersion, group.Kind);
                SetIf(Precision, figures.Precision, group.ModelVersion, group.Kind);
            }

            foreach (var experiment in snapshot.Report.Experiments.Where(report => report.Experiment.IsRunning))
            {
                var name = experiment.Experiment.Name;
                if (experiment.Comparison is { Difference: var difference })
                {
                    Difference.WithLabels(name, "value").Set(difference.Value);
                    Difference.WithLabels(name, "low").Set(difference.Interval95.Low);
                    Difference.WithLabels(name, "high").Set(difference.Interval95.High);
                }

                foreach (var verdict in Enum.GetValues<OnlineVerdict>())
                {
                    Verdicts.WithLabels(name, OnlineVerdicts.Name(verdict)).Set(verdict == experiment.Verdict ? 1 : 0);
                }
            }
        }
    }

    private static void SetIf(Gauge gauge, Estimate? estimate, string version, string kind)
    {
        if (estimate is not null)
        {
            gauge.WithLabels(version, kind).Set(estimate.Value);
        }
    }
}

using Loyalty.ML.Churn.Metrics;
using Loyalty.ML.Core.Statistics;

namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>The churn figures among <see cref="MetricsComparison.Headline"/>, read from the typed section.</summary>
internal static class ChurnHeadline
{
    /// <summary>Each churn headline figure of <paramref name="churn"/> by its path; empty when the run did not evaluate churn.</summary>
    public static IReadOnlyDictionary<string, HeadlineFigure> Of(ChurnMetrics? churn)
    {
        if (churn?.Evaluation is not { } evaluation)
        {
            return new Dictionary<string, HeadlineFigure>();
        }

        HeadlineFigure[] figures =
        [
            Figure("churn.auc", evaluation.Auc, evaluation.Intervals.Auc),
            Figure("churn.pr_auc", evaluation.PrAuc),
            Figure("churn.brier", evaluation.Brier),
            Figure("churn.lift_at_10pct", evaluation.LiftAt10Pct, evaluation.Intervals.LiftAt10Pct),
            Figure("churn.auc_gain_over_recency", evaluation.AucGainOverRecency, evaluation.Intervals.AucGainOverRecency),
            Figure("churn.auc_gain_over_best_baseline", evaluation.AucGainOverBestBaseline, evaluation.Intervals.AucGainOverBestBaseline),
            Figure("churn.baselines.recency.auc", evaluation.Baselines.Recency.Auc),
            Figure("churn.baselines.bgnbd.auc", evaluation.Baselines.Bgnbd.Auc),
            Figure("churn.diagnostics.in_time_cv.auc", evaluation.Diagnostics.InTimeCv?.Auc),
            Figure("churn.diagnostics.segments.one_time.auc", evaluation.Diagnostics.Segments.OneTime.Auc, evaluation.Diagnostics.Segments.OneTime.AucInterval),
            Figure("churn.diagnostics.segments.repeat.auc", evaluation.Diagnostics.Segments.Repeat.Auc, evaluation.Diagnostics.Segments.Repeat.AucInterval),
        ];
        return figures.ToDictionary(figure => figure.Path, StringComparer.Ordinal);
    }

    private static HeadlineFigure Figure(string path, double? value, MetricInterval? interval = null) =>
        new(path, value, interval is { } pair ? (pair.Low, pair.High) : null);
}

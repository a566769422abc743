using Loyalty.ML.Api.Online;
using Loyalty.ML.Api.Serving.Experiments;
using Loyalty.ML.Pipeline.Experiments;
using Loyalty.ML.Recommendations.Online;

namespace Loyalty.ML.Api.Evaluation;

/// <summary>The online report as the API answers it.</summary>
internal static class OnlineViews
{
    /// <summary>The answer for <paramref name="snapshot"/>, with what this replica knows of its challengers.</summary>
    public static OnlineEvaluationResponse Of(OnlineSnapshot snapshot, IReadOnlyList<Challenger> challengers)
    {
        var report = snapshot.Report;
        var evaluation = report.Evaluation;
        return new OnlineEvaluationResponse(
            evaluation.AsOf,
            evaluation.WindowDays,
            evaluation.K,
            snapshot.CurrentVersion,
            [.. evaluation.Groups.Select(group => new OnlineGroupView(
                group.ModelVersion,
                group.Kind,
                group.ModelVersion == snapshot.CurrentVersion,
                Figures(group.Figures),
                report.OfflineHitRates.GetValueOrDefault(group.ModelVersion)?.HitRate,
                report.OfflineHitRates.GetValueOrDefault(group.ModelVersion)?.Method))],
            [.. report.Experiments.Select(experiment => Experiment(experiment, challengers))],
            new OnlineCoverageView(report.MissingExposures.Complete, report.MissingExposures.MissingLists, report.MissingExposures.Gaps));
    }

    private static ExperimentView Experiment(ExperimentReport report, IReadOnlyList<Challenger> challengers)
    {
        var experiment = report.Experiment;
        return new ExperimentView(
            experiment.Name,
            experiment.Challenger,
            experiment.Share,
            experiment.StartedAt,
            experiment.EndedAt,
            experiment.Outcome,
            experiment.AutoPromote,
            experiment.MinCustomers,
            report.ChampionVersions,
            Figures(report.Challenger),
            Figures(report.Champion),
            report.Comparison is { } comparison ? Comparison(comparison) : null,
            OnlineVerdicts.Name(report.Verdict),
            report.Summary,
            challengers.FirstOrDefault(challenger => challenger.Experiment.Name == experiment.Name)?.Problem);
    }

    private static ComparisonView Comparison(OnlineComparison comparison) => new(
        View(comparison.Difference),
        comparison.RevenuePerCustomerDifference is { } revenue ? View(revenue) : null,
        OnlineVerdicts.Name(comparison.Verdict),
        comparison.CustomersStillNeeded,
        comparison.AlwaysValidInterval95.Low,
        comparison.AlwaysValidInterval95.High,
        OnlineVerdicts.Name(comparison.AlwaysValidVerdict));

    private static ListFiguresView Figures(ListFigures figures) => new(
        figures.Customers,
        figures.Lists,
        figures.PendingLists,
        figures.Hits,
        Optional(figures.HitRate),
        Optional(figures.Precision),
        figures.Revenue,
        Optional(figures.RevenuePerCustomer));

    private static EstimateView? Optional(Estimate? estimate) => estimate is null ? null : View(estimate);

    private static EstimateView View(Estimate estimate) =>
        new(Math.Round(estimate.Value, 6), Math.Round(estimate.StandardError, 6), Math.Round(estimate.Interval95.Low, 6), Math.Round(estimate.Interval95.High, 6));
}

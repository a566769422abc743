using Loyalty.ML.Api.Serving;
using Loyalty.ML.Api.Serving.Experiments;
using Loyalty.ML.Pipeline.Experiments;
using Loyalty.ML.Recommendations.Online;

namespace Loyalty.ML.Api.Online;

/// <summary>
/// Promotes the challenger of a running experiment started with automatic promotion (off unless asked for) once both
/// arms have its minimum of customers and the always-valid interval of the difference lies above zero: the interval
/// that stays valid however often it is looked at, since this looks at every refresh. Any replica may do it; the
/// registry's lock and the experiment's state make the second one a no-op.
/// </summary>
internal sealed class AutoPromotion(ModelProvider provider, ExperimentRouter router, TimeProvider time, ILogger<AutoPromotion> logger)
{
    /// <summary>Promotes what is due in <paramref name="snapshot"/>; returns the experiments promoted.</summary>
    public async Task<IReadOnlyList<string>> ConsiderAsync(OnlineSnapshot snapshot)
    {
        var promoted = new List<string>();
        foreach (var report in snapshot.Report.Experiments.Where(Due))
        {
            var experiment = report.Experiment;
            try
            {
                ExperimentRegistry.Promote(provider.Registry, experiment.Name, time.GetUtcNow());
                ExperimentLog.Promoted(logger, experiment.Challenger, experiment.Name, report.Summary);
                promoted.Add(experiment.Name);
            }
            catch (InvalidOperationException)
            {
                ExperimentLog.PromotedElsewhere(logger, experiment.Name);
            }
        }

        if (promoted.Count > 0)
        {
            await provider.ReloadAsync();
            router.Refresh(force: true);
        }

        return promoted;
    }

    private static bool Due(ExperimentReport report) =>
        report.Experiment is { IsRunning: true, AutoPromote: true } experiment
        && report.Challenger.Customers >= experiment.MinCustomers
        && report.Champion.Customers >= experiment.MinCustomers
        && report.Comparison?.AlwaysValidVerdict == OnlineVerdict.Better;
}

using System.Globalization;
using Loyalty.ML.Data.Exposures;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Experiments;
using Loyalty.ML.Recommendations.Online;

namespace Loyalty.ML.Pipeline.Steps;

/// <summary>
/// Matches the lists the API served (its exposure log) with the purchases of the history the run trains on, which holds
/// the export and the events the run took, as of the history's last purchase (the <c>online</c> section of metrics.json),
/// with one line per experiment in the summary. Nothing when the log has no lists.
/// </summary>
internal static class OnlineStep
{
    public const string Name = "online";

    public static void Run(TrainingContext context, string storePath, ModelRegistry registry)
    {
        if (ExposureStore.Earliest(storePath) is not { } earliest)
        {
            return;
        }

        var history = context.History;
        var asOf = new DateTimeOffset(DateTime.SpecifyKind(history.LastTime, DateTimeKind.Utc));
        var purchases = CustomerPurchases.FromHistory(history, earliest);
        var report = OnlineReports.Build(ExposureStore.ReadByCustomer(storePath, earliest), purchases, new OnlineSettings(), asOf, ExperimentsFile.Read(registry), registry) with
        {
            MissingExposures = ExposureGaps.In(storePath, earliest),
        };
        context.RunMetrics.Online = report;
        var lists = report.Evaluation.Groups.Sum(group => group.Figures.Lists);
        context.Summary.Add(string.Create(CultureInfo.InvariantCulture, $"{Name}: {lists:N0} served lists matched with the purchases after them, {report.Evaluation.Groups.Count} version and kind groups."));
        if (!report.MissingExposures.Complete)
        {
            context.Summary.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Name}: coverage incomplete: {report.MissingExposures.MissingLists:N0} served lists of other replicas are missing from the log ({report.MissingExposures.Gaps} gaps in their streams)."));
        }

        foreach (var experiment in report.Experiments)
        {
            context.Summary.Add($"experiment {experiment.Summary}.");
        }
    }
}

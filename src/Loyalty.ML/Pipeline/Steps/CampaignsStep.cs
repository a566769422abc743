using Loyalty.ML.Offers.Campaigns;
using Loyalty.ML.Offers.Campaigns.Measurement;

namespace Loyalty.ML.Pipeline.Steps;

/// <summary>
/// Measures every recorded campaign the history has purchases after (the <c>campaigns</c> section of metrics.json),
/// with one line per campaign in the summary: the treatment − control difference and whether it is told from zero.
/// </summary>
internal static class CampaignsStep
{
    public const string Name = "campaigns";

    public static void Run(TrainingContext context, IReadOnlyList<CampaignAssignment> assignments)
    {
        var reports = CampaignMeasurement.MeasureAll(context.History, assignments);
        if (reports.Count == 0)
        {
            context.Summary.Add($"{Name}: none measured, no recorded campaign has purchases after its day in this history.");
            return;
        }

        context.RunMetrics.Campaigns = reports;
        foreach (var (name, report) in reports)
        {
            context.Summary.Add($"campaign {name}: {report.Verdict}.");
        }
    }
}

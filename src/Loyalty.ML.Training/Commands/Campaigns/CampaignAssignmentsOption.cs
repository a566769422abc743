using System.CommandLine;
using Loyalty.ML.Offers.Campaigns;

namespace Loyalty.ML.Training.Commands.Campaigns;

/// <summary>
/// <c>--assignments</c>: where campaign assignments are kept. By default beside the issued-offers ledger when one is
/// given, else in the model registry folder, so export, train and campaign-report find the same file.
/// </summary>
internal static class CampaignAssignmentsOption
{
    public static Option<string?> Create() => new("--assignments")
    {
        HelpName = "FILE",
        Description = $"Campaign assignments file (default: {CampaignAssignmentFile.FileName} beside --issued, else in the model registry folder).",
    };

    public static string PathOf(ParseResult result, Option<string?> assignments, string? issued, Option<string> registry) =>
        result.GetValue(assignments)
        ?? Path.Combine(issued is not null ? Path.GetDirectoryName(Path.GetFullPath(issued))! : result.GetRequiredValue(registry), CampaignAssignmentFile.FileName);
}

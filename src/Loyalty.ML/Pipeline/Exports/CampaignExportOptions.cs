using Loyalty.ML.Offers.Campaigns;

namespace Loyalty.ML.Pipeline.Exports;

/// <summary>How an offer export treats campaigns and their control groups.</summary>
/// <param name="Campaign">The campaign's name; null puts each offer in its type's default campaign.</param>
/// <param name="Holdout">Control shares.</param>
/// <param name="IncludeControl">Also write control rows (marked <c>control</c>); by default a campaign tool gets treatment rows only.</param>
/// <param name="Record">Receives the assignments, treatment and control, in batches as they are made.</param>
public sealed record CampaignExportOptions(
    string? Campaign,
    HoldoutRules Holdout,
    bool IncludeControl,
    Action<IReadOnlyCollection<CampaignAssignment>> Record);

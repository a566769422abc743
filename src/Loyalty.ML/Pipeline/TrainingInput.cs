using Loyalty.ML.Core;
using Loyalty.ML.Offers.Campaigns;

namespace Loyalty.ML.Pipeline;

/// <summary>What a training run trains on: the loaded history, its validation report and where it came from.</summary>
/// <param name="History">The accepted purchase history.</param>
/// <param name="DataReport">The validation report, written to the bundle as <c>data_report.json</c>.</param>
/// <param name="Sources">Fingerprints of the source files, recorded in the manifest.</param>
/// <param name="RowCounts">Row counts recorded in the manifest (rows read, accepted, …).</param>
public sealed record TrainingInput(
    PurchaseHistory History,
    object DataReport,
    IReadOnlyList<SourceFingerprint> Sources,
    IReadOnlyDictionary<string, long> RowCounts)
{
    /// <summary>Names of the run's sanity gates the user allowed to fail (<c>train --allow NAME</c>).</summary>
    public IReadOnlySet<string> AllowedGates { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Recorded campaign assignments; the run measures each campaign the history has purchases after.</summary>
    public IReadOnlyList<CampaignAssignment> CampaignAssignments { get; init; } = [];

    /// <summary>The API's event store, when there is one: the lists it served are matched with this history's purchases (the <c>online</c> section).</summary>
    public string? ExposureStorePath { get; init; }
}

using System.Text.Json.Nodes;
using Loyalty.ML.Core;

namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>What a bundle is: its version, what it was trained from and how, and every file's checksum.</summary>
public sealed record BundleManifest(
    string Version,
    DateTimeOffset CreatedAt,
    IReadOnlyList<SourceFingerprint> Sources,
    IReadOnlyDictionary<string, long> RowCounts,
    JsonObject Parameters,
    IReadOnlyDictionary<string, string> Files)
{
    /// <summary>The transactions file the bundle was trained from (the first source); null for a run given a history in memory.</summary>
    public SourceFingerprint? Transactions => Sources.Count > 0 ? Sources[0] : null;

    /// <summary>
    /// True when both bundles were trained from the same transactions file (the same path: a retrain of the same feed),
    /// so their metrics measure the same thing and may be compared; false when either source is unknown.
    /// </summary>
    public bool SameSourceAs(BundleManifest other) => SameSource(Transactions, other?.Transactions);

    /// <summary>True when both fingerprints name the same transactions file; false when either is missing.</summary>
    public static bool SameSource(SourceFingerprint? a, SourceFingerprint? b) =>
        a is not null && b is not null && string.Equals(Path.GetFullPath(a.Path), Path.GetFullPath(b.Path), StringComparison.Ordinal);
}

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
    IReadOnlyDictionary<string, string> Files);

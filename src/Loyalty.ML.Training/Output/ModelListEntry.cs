using Loyalty.ML.Core;

namespace Loyalty.ML.Training.Output;

/// <summary>One version in <c>models list --json</c>: when, from which transactions file, its row counts and headline metrics.</summary>
internal sealed record ModelListEntry(
    string Version,
    bool Current,
    DateTimeOffset CreatedAt,
    SourceFingerprint? Source,
    IReadOnlyDictionary<string, long> RowCounts,
    IReadOnlyDictionary<string, double> Headline);

using Loyalty.ML.Core;

namespace Loyalty.ML.Data;

/// <summary>What a load produced: the history, its validation report, and fingerprints of the files read (mapping included).</summary>
public sealed record LoadResult(PurchaseHistory History, DataReport Report, IReadOnlyList<SourceFingerprint> Sources);

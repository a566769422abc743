using Loyalty.ML.Client.Generated.Models;

namespace Loyalty.ML.Client;

/// <summary>A churn export as it streams in: what it is pinned to, and its rows read one line at a time.</summary>
/// <param name="ModelVersion">The model version the rows come from.</param>
/// <param name="Watermark">Pass as <c>snapshot</c> (with <c>after</c>) to resume, or as <c>changedSince</c> later for what moved.</param>
/// <param name="Rows">The rows, in ordinal customer-id order.</param>
public sealed record ChurnExportDownload(string ModelVersion, string Watermark, IAsyncEnumerable<ChurnScoreView> Rows);

namespace Loyalty.ML.Api.Serving;

/// <summary>Outcome of a reload: status, the version concerned and, when rejected, why.</summary>
internal sealed record ReloadResult(ReloadStatus Status, string? Version, string? Reason = null);

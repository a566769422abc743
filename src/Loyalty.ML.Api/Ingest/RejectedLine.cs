namespace Loyalty.ML.Api.Ingest;

/// <summary>A line that changed nothing: its position in the request, its event id when it had one, and why.</summary>
public sealed record RejectedLine(int Index, string? EventId, string Reason);

namespace Loyalty.ML.Api.Contracts;

/// <summary>
/// What became of each line of a batch: accepted (stored now), duplicates (ids already stored: accepted again, applied
/// once) and rejected lines. Every accepted and duplicate line is durably stored when this answer is sent.
/// </summary>
public sealed record EventsResponse(int Received, IReadOnlyList<string> Accepted, IReadOnlyList<string> Duplicates, IReadOnlyList<RejectedLine> Rejected);

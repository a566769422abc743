namespace Loyalty.ML.Api.Ingest;

/// <summary>
/// What became of each line of a batch: accepted (stored now), duplicates (ids already stored with the same payload:
/// accepted again, applied once), rejected lines, and conflicts (ids already stored with another payload: the stored
/// event stands, the line changed nothing). Every accepted and duplicate line is durably stored when this answer is sent.
/// </summary>
public sealed record EventsResponse(
    int Received, IReadOnlyList<string> Accepted, IReadOnlyList<string> Duplicates, IReadOnlyList<RejectedLine> Rejected, IReadOnlyList<RejectedLine> Conflicts);

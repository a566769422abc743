namespace Loyalty.ML.Api.Ingest.EventBodies;

/// <summary>What reading one event body gave: its lines (null when the list was absent), and why it is refused, if it is.</summary>
/// <param name="Lines">The lines read, in order; a line that is not an object is null (its problem is among <paramref name="Errors"/>).</param>
/// <param name="UnknownFields">Top-level fields the contract does not have.</param>
/// <param name="Errors">Problems that make the body a 400, by field path.</param>
/// <param name="TooLarge">Why the body is a 413 (a line or the body over its byte limit), or null.</param>
internal sealed record EventBody<TLine>(IReadOnlyList<TLine?>? Lines, IReadOnlyList<string> UnknownFields, Dictionary<string, string[]>? Errors, string? TooLarge)
    where TLine : class;

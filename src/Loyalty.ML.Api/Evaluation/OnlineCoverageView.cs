namespace Loyalty.ML.Api.Evaluation;

/// <summary>Whether the online figures count every served list: lists of other replicas lost from their exposure streams (trimmed or gone with Redis before this replica read them) are not.</summary>
/// <param name="Complete">True when no list is known missing.</param>
/// <param name="MissingLists">Lists known missing from the evaluated log.</param>
/// <param name="Gaps">Places where another replica's list numbers skipped.</param>
public sealed record OnlineCoverageView(bool Complete, long MissingLists, int Gaps);

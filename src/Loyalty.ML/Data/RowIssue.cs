namespace Loyalty.ML.Data;

/// <summary>An example row for one outcome: where it is and why it got that outcome.</summary>
public sealed record RowIssue(long Line, string Reason);

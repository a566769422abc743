namespace Loyalty.ML.Api.Dashboard;

/// <summary>One figure at the top of the dashboard, the same as at the top of the report.</summary>
/// <param name="Key">A stable snake_case name.</param>
/// <param name="Label">What it is, in words.</param>
/// <param name="Kind"><c>count</c>, <c>money</c>, <c>percent</c> (the value is in percent) or <c>ratio</c>.</param>
/// <param name="Value">The value; null when the served model did not compute it.</param>
/// <param name="Note">What it is measured over.</param>
public sealed record DashboardTile(string Key, string Label, string Kind, double? Value, string Note);

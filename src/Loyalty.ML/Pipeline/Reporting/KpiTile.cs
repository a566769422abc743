namespace Loyalty.ML.Pipeline.Reporting;

/// <summary>One figure at the top of the report and the dashboard.</summary>
/// <param name="Key">A stable snake_case name (tests and scripts find a tile by it).</param>
/// <param name="Label">What it is, in words.</param>
/// <param name="Kind">How its value is written.</param>
/// <param name="Value">The value; null when the run did not compute it.</param>
/// <param name="Note">What it is measured over, in words.</param>
public sealed record KpiTile(string Key, string Label, TileKind Kind, double? Value, string Note);

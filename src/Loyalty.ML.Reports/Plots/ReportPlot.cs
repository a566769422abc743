namespace Loyalty.ML.Reports.Plots;

/// <summary>One drawn plot: its id in the page, its caption and the SVG as a data URI (an image, so plots cannot clash or run script).</summary>
/// <param name="Id">The plot's id in the page.</param>
/// <param name="Caption">What it shows.</param>
/// <param name="DataUri">The SVG as a <c>data:image/svg+xml;base64,</c> URI.</param>
public sealed record ReportPlot(string Id, string Caption, string DataUri);

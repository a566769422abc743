namespace Loyalty.ML.Training.Output;

/// <summary>One metric of <c>models compare --json</c>: both values, the change and the newer run's 95% interval.</summary>
internal sealed record ComparisonRow(string Metric, double? Older, double? Newer, double? Change, IReadOnlyList<double>? NewerInterval95, bool WithinNoise);

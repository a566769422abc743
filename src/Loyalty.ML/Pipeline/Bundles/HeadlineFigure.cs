namespace Loyalty.ML.Pipeline.Bundles;

/// <summary>One headline metric of a run: its dotted path in metrics.json, its value and, when the run reports one, its 95% interval.</summary>
/// <param name="Path">Dotted path in metrics.json.</param>
/// <param name="Value">The value; null when the run does not report it.</param>
/// <param name="Interval">Its 95% interval; null when there is none.</param>
public sealed record HeadlineFigure(string Path, double? Value, (double Low, double High)? Interval);

namespace Loyalty.ML.Recommendations.Online;

/// <summary>The figures of the lists one model version served of one list kind.</summary>
/// <param name="ModelVersion">The version that served them.</param>
/// <param name="Kind">The list kind.</param>
/// <param name="Figures">What became of them.</param>
public sealed record OnlineGroup(string ModelVersion, string Kind, ListFigures Figures);

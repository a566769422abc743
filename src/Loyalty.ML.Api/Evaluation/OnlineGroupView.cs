namespace Loyalty.ML.Api.Evaluation;

/// <summary>The lists one model version served of one kind, with the offline hit rate its training run chose it on (absent when the registry no longer holds it).</summary>
/// <param name="ModelVersion">The version.</param>
/// <param name="Kind">The list kind.</param>
/// <param name="Current">True when it is the version this replica serves as the champion now.</param>
/// <param name="Figures">What became of its lists.</param>
/// <param name="OfflineHitRate">The served personal method's hit rate@K on the version's own test split.</param>
/// <param name="OfflineMethod">That method's name.</param>
public sealed record OnlineGroupView(string ModelVersion, string Kind, bool Current, ListFiguresView Figures, double? OfflineHitRate, string? OfflineMethod);

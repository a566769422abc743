namespace Loyalty.ML.Api.Churn;

/// <summary>
/// Scores of the known customers of a bulk request, in request order, the ids the model does not know, and the ids
/// whose score is not a usable number (a bundle defect, logged and reported here rather than failing the batch).
/// </summary>
public sealed record ChurnScoresResponse(
    string ModelVersion,
    DateOnly AsOf,
    int HorizonDays,
    IReadOnlyList<ChurnScoreView> Scores,
    IReadOnlyList<string> UnknownIds,
    IReadOnlyList<string> UnscorableIds);

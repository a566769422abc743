namespace Loyalty.ML.Api.Contracts;

/// <summary>Scores of the known customers of a bulk request, in request order, and the ids the model does not know.</summary>
public sealed record ChurnScoresResponse(
    string ModelVersion,
    DateOnly AsOf,
    int HorizonDays,
    IReadOnlyList<ChurnScoreView> Scores,
    IReadOnlyList<string> UnknownIds);

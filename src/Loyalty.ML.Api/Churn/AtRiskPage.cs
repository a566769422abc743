namespace Loyalty.ML.Api.Churn;

/// <summary>One page of at-risk customers, highest probability first, ties by customer id.</summary>
public sealed record AtRiskPage(
    string ModelVersion,
    DateOnly AsOf,
    int HorizonDays,
    int Page,
    int PageSize,
    int Total,
    IReadOnlyList<ChurnScoreView> Items);

namespace Loyalty.ML.Api.Apis;

/// <summary>Query arguments of the at-risk list.</summary>
internal sealed record AtRiskArguments(double? MinProbability, string? Segment, int? Page, int? PageSize)
{
    /// <summary>Probability from which a customer counts as at risk when the caller does not say.</summary>
    public const double DefaultMinProbability = 0.5;

    /// <summary>Page size when the caller does not say.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>Largest page.</summary>
    public const int MaxPageSize = 1000;
}

using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Loyalty.ML.Api.Churn;

/// <summary>Query arguments of the at-risk list.</summary>
internal sealed record AtRiskArguments(
    [property: FromQuery(Name = "minProbability"), Description("Lowest churn probability listed, 0-1 (default 0.5).")] double? MinProbability,
    [property: FromQuery(Name = "segment"), Description("Only customers of this RFM segment (champions, at_risk, …).")] string? Segment,
    [property: FromQuery(Name = "page"), Description("Page number from 1 (default 1).")] int? Page,
    [property: FromQuery(Name = "pageSize"), Description("Customers per page, 1-1000 (default 100).")] int? PageSize)
{
    /// <summary>Probability from which a customer counts as at risk when the caller does not say.</summary>
    public const double DefaultMinProbability = 0.5;

    /// <summary>Page size when the caller does not say.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>Largest page.</summary>
    public const int MaxPageSize = 1000;
}

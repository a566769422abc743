using Loyalty.ML.Churn;
using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Api.Churn;

/// <summary>Turns library churn scores into API views.</summary>
internal static class ChurnViews
{
    /// <summary>The view of one score, with the customer's segment when the bundle has segments.</summary>
    public static ChurnScoreView View(ChurnScore score, IReadOnlyDictionary<string, CustomerSegment>? segments) =>
        View(score, SegmentOf(score.CustomerId, segments));

    /// <summary>The view of one score with the customer's segment name, or null.</summary>
    public static ChurnScoreView View(ChurnScore score, string? segment) =>
        new(
            score.CustomerId,
            score.Probability,
            Band(score.Band),
            score.Reasons,
            score.ProbabilityAlive,
            score.ExpectedPurchases,
            score.Clv,
            segment);

    /// <summary>The lower-case band name.</summary>
    public static string Band(RiskBand band) => band switch
    {
        RiskBand.High => "high",
        RiskBand.Medium => "medium",
        _ => "low",
    };

    /// <summary>The customer's segment name, or null.</summary>
    public static string? SegmentOf(string customerId, IReadOnlyDictionary<string, CustomerSegment>? segments) =>
        segments is not null && segments.TryGetValue(customerId, out var segment) ? segment.Segment : null;
}

using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Metrics;

/// <summary>The model's and recency's AUC on one segment of the test customers.</summary>
/// <param name="Customers">Test customers in the segment.</param>
/// <param name="ChurnRate">Their churn rate; NaN for an empty segment.</param>
/// <param name="Auc">The model's AUC on them.</param>
/// <param name="RecencyAuc">Recency's AUC on them.</param>
public sealed record SegmentScores(
    [property: JsonPropertyName("customers")] int Customers,
    [property: JsonPropertyName("churn_rate")] double ChurnRate,
    [property: JsonPropertyName("auc")] double Auc,
    [property: JsonPropertyName("recency_auc")] double RecencyAuc);

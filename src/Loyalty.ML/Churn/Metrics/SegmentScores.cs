using System.Text.Json.Serialization;
using Loyalty.ML.Core.Statistics;

namespace Loyalty.ML.Churn.Metrics;

/// <summary>The model's and recency's AUC on one segment of the test customers.</summary>
/// <param name="Customers">Test customers in the segment.</param>
/// <param name="ChurnRate">Their churn rate; NaN for an empty segment.</param>
/// <param name="Auc">The model's AUC on them.</param>
/// <param name="RecencyAuc">Recency's AUC on them.</param>
/// <param name="AucInterval">Bootstrap 95% interval of the model's AUC on them; null when most resamples could not measure it.</param>
public sealed record SegmentScores(
    [property: JsonPropertyName("customers")] int Customers,
    [property: JsonPropertyName("churn_rate")] double ChurnRate,
    [property: JsonPropertyName("auc")] double Auc,
    [property: JsonPropertyName("recency_auc")] double RecencyAuc,
    [property: JsonPropertyName("auc_interval_95")] MetricInterval? AucInterval = null);

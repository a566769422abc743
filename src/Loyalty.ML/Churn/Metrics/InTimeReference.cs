using System.Text.Json.Serialization;
using Loyalty.ML.Core.Statistics;

namespace Loyalty.ML.Churn.Metrics;

/// <summary>The same learner cross-validated on the test cutoff's own labels, as if training had seen the test season.</summary>
/// <param name="Customers">Test customers cross-validated.</param>
/// <param name="Folds">Folds.</param>
/// <param name="Auc">Out-of-fold AUC.</param>
/// <param name="LiftAt10Pct">Out-of-fold lift in the top 10%.</param>
public sealed record InTimeReference(
    [property: JsonPropertyName("customers")] int Customers,
    [property: JsonPropertyName("folds")] int Folds,
    [property: JsonPropertyName("auc")] double Auc,
    [property: JsonPropertyName("lift_at_10pct")] double LiftAt10Pct)
{
    /// <summary>Bootstrap 95% interval of the out-of-fold AUC over the customers cross-validated; null when most resamples could not measure it.</summary>
    [JsonPropertyName("auc_interval_95")]
    public MetricInterval? AucInterval { get; init; }
}

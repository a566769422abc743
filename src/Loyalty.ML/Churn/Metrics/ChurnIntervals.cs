using System.Text.Json.Serialization;
using Loyalty.ML.Core.Statistics;

namespace Loyalty.ML.Churn.Metrics;

/// <summary>Bootstrap 95% intervals of the model's figures; an interval is null when most resamples could not measure it.</summary>
/// <param name="Auc">Of the AUC.</param>
/// <param name="LiftAt10Pct">Of the lift in the top 10%.</param>
/// <param name="AucGainOverRecency">Of the AUC gain over recency, paired on the same resampled customers.</param>
/// <param name="Resamples">Resamples drawn.</param>
/// <param name="AucGainOverBestBaseline">Of the AUC gain over the run's best baseline, paired likewise.</param>
public sealed record ChurnIntervals(
    [property: JsonPropertyName("auc")] MetricInterval? Auc,
    [property: JsonPropertyName("lift_at_10pct")] MetricInterval? LiftAt10Pct,
    [property: JsonPropertyName("auc_gain_over_recency")] MetricInterval? AucGainOverRecency,
    [property: JsonPropertyName("resamples")] int Resamples,
    [property: JsonPropertyName("auc_gain_over_best_baseline")] MetricInterval? AucGainOverBestBaseline = null);

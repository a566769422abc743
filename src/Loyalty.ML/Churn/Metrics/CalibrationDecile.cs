using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Metrics;

/// <summary>One decile of the calibration table: customers in it, their mean predicted probability and the observed churn rate.</summary>
/// <param name="Decile">Decile of predicted probability, 1 (lowest) to 10.</param>
/// <param name="Count">Customers in the decile.</param>
/// <param name="MeanPredicted">Their mean predicted probability.</param>
/// <param name="ObservedRate">Their observed churn rate.</param>
public sealed record CalibrationDecile(
    [property: JsonPropertyName("decile")] int Decile,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("mean_predicted")] double MeanPredicted,
    [property: JsonPropertyName("observed_rate")] double ObservedRate);

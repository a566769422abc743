using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Metrics;

/// <summary>
/// The out-of-time evaluation: the model's figures on the test customers, the window, the baselines of the same run,
/// bootstrap intervals and diagnostics.
/// </summary>
/// <param name="Auc">Area under the ROC curve.</param>
/// <param name="PrAuc">Area under the precision-recall curve.</param>
/// <param name="LiftAt10Pct">Churn rate in the top 10% over the overall rate.</param>
/// <param name="Brier">Brier score of the calibrated probabilities.</param>
/// <param name="Calibration">Predicted against observed churn by decile.</param>
/// <param name="HorizonDays">H: days without a purchase that make a churn.</param>
/// <param name="TestCutoff">The test cutoff T.</param>
/// <param name="TestPopulation">Who is tested, in words.</param>
/// <param name="TestCustomers">Customers tested.</param>
/// <param name="ChurnRate">Their churn rate.</param>
/// <param name="TrainCutoffs">Training cutoffs stacked.</param>
/// <param name="TrainExamples">Training examples.</param>
/// <param name="TrainSampleShare">Share of the stacked examples kept.</param>
/// <param name="TrainLastCutoff">The latest training cutoff.</param>
/// <param name="Intervals">Bootstrap 95% intervals.</param>
/// <param name="AucGainOverRecency">The model's AUC minus recency's.</param>
/// <param name="BestBaseline">The baseline with the highest AUC in this run: <c>recency</c> or <c>bgnbd</c>.</param>
/// <param name="AucGainOverBestBaseline">The model's AUC minus the best baseline's: the headline gain.</param>
/// <param name="Baselines">The baselines' figures.</param>
/// <param name="Diagnostics">Where the score is lost.</param>
public sealed record ChurnEvaluationMetrics(
    [property: JsonPropertyName("auc")] double Auc,
    [property: JsonPropertyName("pr_auc")] double PrAuc,
    [property: JsonPropertyName("lift_at_10pct")] double LiftAt10Pct,
    [property: JsonPropertyName("brier")] double Brier,
    [property: JsonPropertyName("calibration")] IReadOnlyList<CalibrationDecile> Calibration,
    [property: JsonPropertyName("horizon_days")] int HorizonDays,
    [property: JsonPropertyName("test_cutoff")] DateOnly TestCutoff,
    [property: JsonPropertyName("test_population")] string TestPopulation,
    [property: JsonPropertyName("test_customers")] int TestCustomers,
    [property: JsonPropertyName("churn_rate")] double ChurnRate,
    [property: JsonPropertyName("train_cutoffs")] int TrainCutoffs,
    [property: JsonPropertyName("train_examples")] int TrainExamples,
    [property: JsonPropertyName("train_sample_share")] double TrainSampleShare,
    [property: JsonPropertyName("train_last_cutoff")] DateOnly TrainLastCutoff,
    [property: JsonPropertyName("intervals_95")] ChurnIntervals Intervals,
    [property: JsonPropertyName("auc_gain_over_recency")] double AucGainOverRecency,
    [property: JsonPropertyName("best_baseline")] string BestBaseline,
    [property: JsonPropertyName("auc_gain_over_best_baseline")] double AucGainOverBestBaseline,
    [property: JsonPropertyName("baselines")] ChurnBaselines Baselines,
    [property: JsonPropertyName("diagnostics")] ChurnDiagnosticsMetrics Diagnostics)
{
    /// <summary>The evaluation drawn, for the report; not part of metrics.json (the bundle keeps it in figures.json).</summary>
    [JsonIgnore]
    public Figures.ChurnCurves? Curves { get; init; }
}

using System.Globalization;
using System.Text.Json.Serialization;

namespace Loyalty.ML.Churn.Metrics;

/// <summary>
/// The <c>churn</c> section of metrics.json: the out-of-time evaluation (or why there is none) and the published
/// scores, written flat in one object as metrics.json always has.
/// </summary>
[JsonConverter(typeof(ChurnMetricsConverter))]
public sealed record ChurnMetrics
{
    /// <summary>H: days without a purchase that make a churn.</summary>
    public required int HorizonDays { get; init; }

    /// <summary>The out-of-time evaluation; null when the history is too short for one.</summary>
    public ChurnEvaluationMetrics? Evaluation { get; init; }

    /// <summary>Why there is no evaluation; null when there is one.</summary>
    public string? NotEvaluatedReason { get; init; }

    /// <summary>The published model and its scores.</summary>
    public required PublishedScoresMetrics Published { get; init; }

    /// <summary>The run summary's line: the AUC with its interval against the baselines and the in-time reference.</summary>
    public string SummaryLine()
    {
        var customers = Published.ScoredCustomers;
        if (Evaluation is not { } evaluation)
        {
            return $"churn: {customers} customers scored, not evaluated ({NotEvaluatedReason})";
        }

        var interval = evaluation.Intervals.Auc is { } auc ? Text($"95% {auc.Low:0.000}–{auc.High:0.000}; ") : string.Empty;
        var inTime = evaluation.Diagnostics.InTimeCv is { } reference ? Text($", in-time reference {reference.Auc:0.000}") : string.Empty;
        var baselines = evaluation.Baselines;
        var gainInterval = evaluation.Intervals.AucGainOverBestBaseline is { } gain ? Text($" (95% {gain.Low:+0.000;-0.000}–{gain.High:+0.000;-0.000})") : string.Empty;
        return Text($"churn: AUC {evaluation.Auc:0.000} ({interval}recency {baselines.Recency.Auc:0.000}, BG/NBD P(no purchase) {baselines.Bgnbd.Auc:0.000}{inTime}), gain over the best baseline ({evaluation.BestBaseline}) {evaluation.AucGainOverBestBaseline:+0.000;-0.000}{gainInterval}, Brier {evaluation.Brier:0.000}, lift@10% {evaluation.LiftAt10Pct:0.00}; {customers} customers scored");
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text.Json.Nodes;
using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Features;
using Loyalty.ML.Churn.Evaluation;
using Loyalty.ML.Core;

namespace Loyalty.ML.Pipeline.Steps;

/// <summary>
/// The churn training step: evaluates out of time (the <c>churn</c> metrics with baselines), trains the
/// final model on the latest fully observed cutoffs, and saves every customer's score as of the last day.
/// Returns the scores for the offers report.
/// </summary>
internal static class ChurnStep
{
    public const string Name = "churn";

    public static bool HasEnoughHistory(PurchaseHistory history, ChurnOptions options) =>
        history.Purchases.Count > 0 && DaysSpanned(history) >= options.MinimumHistoryDays + options.HorizonDays;

    public static string TooShort(PurchaseHistory history, ChurnOptions options) =>
        history.Purchases.Count == 0
            ? "the data holds no purchases"
            : $"{DaysSpanned(history)} days of history; churn needs {options.MinimumHistoryDays + options.HorizonDays} (the minimum history plus the {options.HorizonDays}-day horizon)";

    public static IChurnScores Run(TrainingContext context, ChurnOptions options)
    {
        context.Report(Name, 0, "building customer timelines");
        var timeline = CustomerTimelineBuilder.Build(context.History);
        var horizon = options.HorizonDays;
        JsonObject metrics;
        if (options.TestCutoff is not null || timeline.LastDay - 2 * horizon >= options.MinimumHistoryDays)
        {
            context.Report(Name, 0.1, "out-of-time evaluation");
            metrics = ChurnEvaluation.Run(timeline, options);
        }
        else
        {
            metrics = new JsonObject
            {
                ["horizon_days"] = horizon,
                ["evaluated"] = false,
                ["reason"] = $"{timeline.LastDay + 1} days of history; an out-of-time evaluation needs {options.MinimumHistoryDays + 2 * horizon}.",
            };
        }

        context.Report(Name, 0.5, "training the final model");
        var training = StackedExamples.Build(timeline, timeline.LastDay - horizon, options);
        var model = ChurnModel.Fit(options, training.Features, training.Labels);
        model.Save(context.PathOf(ChurnScoreFile.ModelFile));

        context.Report(Name, 0.8, "scoring every customer");
        var (scores, purchases, spend) = ChurnScoring.Score(timeline, context.History.Customers, model, options, timeline.LastDay);
        var asOf = timeline.DateOf(timeline.LastDay);
        var info = new ChurnScoresInfo(horizon, asOf, scores.Count, options.MediumRiskThreshold, options.HighRiskThreshold, options.ClvMonths, options.ClvMonthlyDiscountRate);
        ChurnScoreFile.Write(context.BundleDirectory, info, scores);
        var trained = ChurnScores.From(info, scores);

        metrics["as_of"] = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        metrics["scored_customers"] = scores.Count;
        metrics["final_train_cutoffs"] = training.Cutoffs.Length;
        metrics["final_train_examples"] = training.Labels.Length;
        metrics["final_train_sample_share"] = training.SampleShare;
        metrics["bands"] = new JsonObject
        {
            ["low"] = scores.Count(score => score.Band == RiskBand.Low),
            ["medium"] = scores.Count(score => score.Band == RiskBand.Medium),
            ["high"] = scores.Count(score => score.Band == RiskBand.High),
        };
        metrics["bgnbd"] = new JsonObject { ["r"] = purchases.R, ["alpha"] = purchases.Alpha, ["a"] = purchases.A, ["b"] = purchases.B };
        metrics["gamma_gamma"] = spend is null ? null : new JsonObject { ["p"] = spend.P, ["q"] = spend.Q, ["v"] = spend.V };
        metrics["clv"] = new JsonObject { ["months"] = options.ClvMonths, ["monthly_discount_rate"] = options.ClvMonthlyDiscountRate };
        context.Metrics["churn"] = metrics;
        context.Parameters.Churn = options;
        context.Summary.Add(SummaryLine(metrics, scores.Count));
        context.Report(Name, 1, null);
        return trained;
    }

    private static string SummaryLine(JsonObject metrics, int customers)
    {
        if (!metrics.ContainsKey("auc"))
        {
            return $"churn: {customers} customers scored, not evaluated ({metrics["reason"]})";
        }

        var interval = metrics["intervals_95"]?["auc"] is JsonArray auc ? string.Create(CultureInfo.InvariantCulture, $"95% {(double)auc[0]!:0.000}–{(double)auc[1]!:0.000}; ") : string.Empty;
        var inTime = metrics["diagnostics"]?["in_time_cv"]?["auc"] is JsonValue reference ? string.Create(CultureInfo.InvariantCulture, $", in-time reference {(double)reference:0.000}") : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"churn: AUC {(double)metrics["auc"]!:0.000} ({interval}recency {(double)metrics["baselines"]!["recency"]!["auc"]!:0.000}, BG/NBD {(double)metrics["baselines"]!["bgnbd"]!["auc"]!:0.000}{inTime}), Brier {(double)metrics["brier"]!:0.000}, lift@10% {(double)metrics["lift_at_10pct"]!:0.00}; {customers} customers scored");
    }

    private static int DaysSpanned(PurchaseHistory history) =>
        DateOnly.FromDateTime(history.LastTime).DayNumber - DateOnly.FromDateTime(history.FirstTime).DayNumber;
}

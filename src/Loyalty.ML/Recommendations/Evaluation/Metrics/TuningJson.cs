using System.Globalization;
using System.Text.Json;
using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Evaluation.Metrics;

/// <summary>Writes the <c>tuning</c> object of the <c>recommendations</c> section.</summary>
internal static class TuningJson
{
    public static void Write(Utf8JsonWriter writer, Tuning.TuningResult tuning)
    {
        writer.WriteStartObject("tuning");
        writer.WriteNumber("trials", tuning.Trials.Count);
        writer.WriteString("protocol", tuning.Protocol);
        writer.WriteNumber("customers", tuning.Customers);
        writer.WriteMetric("seconds", Math.Round(tuning.Seconds, 1));
        writer.WriteBoolean("stopped_by_budget", tuning.StoppedByBudget);
        writer.WriteStartObject("candidates");
        foreach (var group in tuning.Trials.GroupBy(trial => trial.Candidate))
        {
            var best = group.MaxBy(trial => trial.Ndcg)!;
            var kept = tuning.Kept.FirstOrDefault(trial => trial.Candidate == group.Key);
            writer.WriteStartObject(group.Key);
            writer.WriteNumber("trials", group.Count());
            writer.WriteMetric("current_ndcg", Math.Round(group.First().Ndcg, 5));
            writer.WriteMetric("best_ndcg", Math.Round(best.Ndcg, 5));
            writer.WriteString("best", best.Settings);
            if (best.VersusDefaults is { } versus)
            {
                writer.WriteMetric("best_gain", Math.Round(versus.Difference, 5));
                writer.WriteMetric("best_gain_low_95", Math.Round(versus.Low, 5));
                writer.WriteMetric("best_gain_high_95", Math.Round(versus.High, 5));
            }

            writer.WriteString("kept", (kept ?? group.First()).Settings);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}

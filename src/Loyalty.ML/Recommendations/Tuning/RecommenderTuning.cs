using System.Globalization;
using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Tuning;

/// <summary>The training run's entry to tuning: settings with a search run it and get what it keeps; others pass through.</summary>
public static class RecommenderTuning
{
    /// <summary>The settings to train with and the search behind them (null when <paramref name="options"/> asks for none).</summary>
    public static (RecommenderOptions Options, TuningResult? Tuning) Apply(PurchaseHistory history, RecommenderOptions options, Action<string>? log = null)
    {
        if (options.Tuning is not { } tuning)
        {
            return (options, null);
        }

        var result = RecommenderTuner.Tune(history, options, tuning, log);
        return (result.Chosen, result);
    }

    /// <summary>The summary's words for a search: what it tried, what it kept and why.</summary>
    public static string Describe(TuningResult? tuning) => tuning is null
        ? ""
        : string.Create(
            CultureInfo.InvariantCulture,
            $"tuned {tuning.Trials.Count} settings of every candidate on the {tuning.Protocol} choice split ({tuning.Customers:N0} customers) in {tuning.Seconds:F0}s{(tuning.StoppedByBudget ? ", stopped by the budget" : "")}: {Kept(tuning)}; ");

    private static string Kept(TuningResult tuning) => tuning.Kept.Count == 0
        ? "no candidate gained beyond the noise, settings kept"
        : "kept " + string.Join(", ", tuning.Kept.Select(trial => string.Create(CultureInfo.InvariantCulture, $"{trial.Candidate} {trial.Settings} ({trial.GainOverDefaults:+0.0000})")));
}

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
        return (options with { Als = result.Chosen }, result);
    }

    /// <summary>The summary's words for a search: what it tried, what it kept and why.</summary>
    public static string Describe(TuningResult? tuning) => tuning is null
        ? ""
        : string.Create(
            CultureInfo.InvariantCulture,
            $"tuned {tuning.Trials.Count} settings on {tuning.WindowCustomers.Count} windows ({string.Join("+", tuning.WindowCustomers)} customers) in {tuning.Seconds:F0}s{(tuning.StoppedByBudget ? ", stopped by the budget" : "")}: best gain {tuning.Best.GainOverDefaults:+0.0000;-0.0000} ± {tuning.Best.Spread:F4}, {(tuning.KeptBest ? "kept" : "inside the spread, defaults kept")}; ");
}

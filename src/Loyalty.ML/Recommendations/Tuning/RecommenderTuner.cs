using System.Diagnostics;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Evaluation;

namespace Loyalty.ML.Recommendations.Tuning;

/// <summary>
/// Searches ALS settings on rolling validation windows before the test split (the test window is never looked at):
/// each window trains on the lines before it and validates on its own days. The best setting by mean NDCG is kept
/// only when its gain over the defaults exceeds the spread (<see cref="TuningTrial.Spread"/>); otherwise the defaults
/// stay, because a gain inside the noise is not a gain.
/// </summary>
public static class RecommenderTuner
{
    /// <summary>Tunes <paramref name="options"/>' ALS settings; <paramref name="log"/> gets one line per trial.</summary>
    public static TuningResult Tune(PurchaseHistory history, RecommenderOptions options, TuningOptions tuning, Action<string>? log = null)
    {
        var clock = Stopwatch.StartNew();
        var testSplit = TimeSplit.DefaultSplitTime(history, options.TestDays);
        var windows = Enumerable.Range(1, Math.Max(1, tuning.Windows))
            .Select(window => TimeSplit.Create(history, testSplit.AddDays(-window * options.TestDays), testUntil: testSplit.AddDays(-(window - 1) * options.TestDays)))
            .Where(split => split.TestCustomers.Length > 0)
            .ToList();
        if (windows.Count == 0)
        {
            throw new InvalidOperationException($"tune: no customer bought new items in the {tuning.Windows} validation windows of {options.TestDays} days before the test split; nothing to tune on.");
        }

        var defaults = Evaluate(history, options, windows, options.Als, null);
        log?.Invoke(Line("defaults", defaults));
        var grid = tuning.Grid(options.Als).Distinct().ToArray();
        new Random(tuning.Seed).Shuffle(grid);
        var trials = new List<TuningTrial>();
        var budget = TimeSpan.FromMinutes(tuning.BudgetMinutes);
        var stopped = false;
        foreach (var setting in grid.Take(tuning.Trials))
        {
            if (clock.Elapsed > budget)
            {
                stopped = true;
                break;
            }

            var trial = Evaluate(history, options, windows, setting, defaults);
            trials.Add(trial);
            log?.Invoke(Line("trial", trial));
        }

        var best = trials.OrderByDescending(trial => trial.Ndcg).FirstOrDefault();
        var keep = best is not null && best.GainOverDefaults > best.Spread;
        return new TuningResult(keep ? best!.Options : options.Als, keep, defaults, trials, [.. windows.Select(split => split.TestCustomers.Length)], clock.Elapsed.TotalSeconds, stopped);
    }

    private static TuningTrial Evaluate(PurchaseHistory history, RecommenderOptions options, List<TimeSplit> windows, AlsOptions setting, TuningTrial? defaults)
    {
        var clock = Stopwatch.StartNew();
        var reports = windows.Select(split =>
        {
            var (factors, _) = RecommenderTrainer.FitFactors(history, setting, TrainingWindow.Before(history, split.SplitTime));
            return RankingEvaluator.Evaluate(split, new FactorScorer(factors), options.K, setting.Threads);
        }).ToList();
        var ndcg = reports.ConvertAll(report => report.Ndcg);
        if (defaults is null)
        {
            return new TuningTrial(setting, ndcg, 0, 0, clock.Elapsed.TotalSeconds) { CustomerNdcg = [.. reports.Select(report => report.CustomerNdcg)] };
        }

        var gains = ndcg.Select((value, window) => value - defaults.WindowNdcg[window]).ToList();
        var paired = reports.SelectMany((report, window) => report.CustomerNdcg.Select((value, customer) => value - defaults.CustomerNdcg[window][customer])).ToList();
        var windowSpread = gains.Count < 2 ? 0 : Math.Sqrt(gains.Sum(gain => (gain - gains.Average()) * (gain - gains.Average())) / (gains.Count - 1));
        var spread = Math.Max(windowSpread, 2 * RankingEvaluator.StdError(paired));
        return new TuningTrial(setting, ndcg, gains.Average(), spread, clock.Elapsed.TotalSeconds);
    }

    private static string Line(string what, TuningTrial trial) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{what,-8} factors {trial.Options.Factors,3} reg {trial.Options.Regularization,5} alpha {trial.Options.Alpha,4} {trial.Options.Confidence,-6} half-life {trial.Options.RecencyHalfLifeDays,3} iter {trial.Options.Iterations,2}: ndcg {trial.Ndcg:F4} ({string.Join(" ", trial.WindowNdcg.Select(value => value.ToString("F4", System.Globalization.CultureInfo.InvariantCulture)))}), gain {trial.GainOverDefaults:+0.0000;-0.0000} ± {trial.Spread:F4}, {trial.Seconds:F1}s");
}

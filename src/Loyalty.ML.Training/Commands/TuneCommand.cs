using System.CommandLine;
using System.Globalization;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Tuning;

namespace Loyalty.ML.Training.Commands;

/// <summary>
/// <c>tune</c>: searches ALS settings on rolling validation windows before the test split (the test window that
/// metrics.json reports on is never looked at), keeps the best only when it beats the defaults beyond the windows'
/// spread, and prints every trial. <c>--settings-out</c> saves what it kept for <c>train --settings</c>;
/// <c>--publish</c> trains and publishes with it at once (the same as <c>train --tune</c>).
/// </summary>
internal static class TuneCommand
{
    private static readonly TuningOptions Defaults = new();

    public static Command Create()
    {
        var data = HistoryInput.Data();
        var mapping = HistoryInput.Mapping();
        var factors = List("--factors", Defaults.Factors, "Factor counts to try.");
        var regularization = List("--regularization", Defaults.Regularization, "Regularization values to try.");
        var alpha = List("--alpha", Defaults.Alpha, "Confidence scales α to try.");
        var confidence = List("--confidence", Defaults.Confidence.Select(value => value.ToString().ToLowerInvariant()), "Confidence scalings to try (linear, log).");
        var halfLife = List("--half-life", Defaults.HalfLifeDays, "Recency half-lives in days to try (0 = none).");
        var iterations = List("--iterations", Defaults.Iterations, "Iteration counts to try.");
        var trials = new Option<int>("--trials") { Description = "Settings of the grid to try, drawn with --seed.", DefaultValueFactory = _ => Defaults.Trials };
        var windows = new Option<int>("--windows") { Description = "Rolling validation windows before the test split.", DefaultValueFactory = _ => Defaults.Windows };
        var budget = new Option<double>("--budget-minutes") { Description = "Time budget; trials not started within it are skipped.", DefaultValueFactory = _ => Defaults.BudgetMinutes };
        var seed = new Option<int>("--seed") { Description = "Seed of the draw of settings.", DefaultValueFactory = _ => Defaults.Seed };
        var settingsOut = new Option<string?>("--settings-out") { Description = "Write the settings kept as a file for train --settings." };
        var publish = new Option<bool>("--publish") { Description = "Train with the settings kept and publish the bundle (as train --tune)." };
        var registry = CommonOptions.Registry();
        var command = new Command("tune", "Search recommender settings on rolling validation windows inside the training period; optionally publish with them.")
        {
            data, mapping, factors, regularization, alpha, confidence, halfLife, iterations, trials, windows, budget, seed, settingsOut, publish, registry,
        };
        command.SetAction(result =>
        {
            var tuning = new TuningOptions
            {
                Factors = Parse(result.GetRequiredValue(factors), text => int.Parse(text, CultureInfo.InvariantCulture)),
                Regularization = Parse(result.GetRequiredValue(regularization), text => float.Parse(text, CultureInfo.InvariantCulture)),
                Alpha = Parse(result.GetRequiredValue(alpha), text => float.Parse(text, CultureInfo.InvariantCulture)),
                Confidence = Parse(result.GetRequiredValue(confidence), text => Enum.Parse<ConfidenceScaling>(text, ignoreCase: true)),
                HalfLifeDays = Parse(result.GetRequiredValue(halfLife), text => double.Parse(text, CultureInfo.InvariantCulture)),
                Iterations = Parse(result.GetRequiredValue(iterations), text => int.Parse(text, CultureInfo.InvariantCulture)),
                Trials = result.GetValue(trials),
                Windows = result.GetValue(windows),
                BudgetMinutes = result.GetValue(budget),
                Seed = result.GetValue(seed),
            };
            var options = new RecommenderOptions { Tuning = tuning };
            if (result.GetValue(publish))
            {
                return TrainCommand.Publish(result.GetRequiredValue(data), result.GetValue(mapping), options, result.GetRequiredValue(registry));
            }

            var history = HistoryInput.Load(result.GetRequiredValue(data), result.GetValue(mapping));
            var (tuned, search) = RecommenderTuning.Apply(history, options, Console.WriteLine);
            Console.WriteLine(RecommenderTuning.Describe(search).TrimEnd(' ', ';'));
            var kept = tuned.Als;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"kept: factors {kept.Factors}, regularization {kept.Regularization}, alpha {kept.Alpha}, confidence {kept.Confidence}, half-life {kept.RecencyHalfLifeDays} days, iterations {kept.Iterations}"));
            if (result.GetValue(settingsOut) is { } path)
            {
                RecommenderSettingsFile.Write(path, tuned with { Tuning = null });
                Console.WriteLine($"settings -> {path} (train --settings {path})");
            }

            return 0;
        });
        return command;
    }

    private static Option<string> List<T>(string name, IEnumerable<T> defaults, string description) =>
        new(name) { Description = description + " Comma-separated.", DefaultValueFactory = _ => string.Join(",", defaults.Select(value => Convert.ToString(value, CultureInfo.InvariantCulture))) };

    private static List<T> Parse<T>(string values, Func<string, T> parse) =>
        values.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(parse).ToList();
}

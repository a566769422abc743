using System.CommandLine;
using System.Globalization;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Tuning;

namespace Loyalty.ML.Training.Commands.Train;

/// <summary>
/// <c>tune</c>: searches every candidate's settings on the choice split of the protocol the run decides on (the test
/// splits metrics.json reports on are never looked at), keeps a candidate's best only when it beats its current
/// settings beyond the noise, and prints every trial. <c>--settings-out</c> saves what it kept for
/// <c>train --settings</c>; <c>--publish</c> trains and publishes with it at once (the same as <c>train --tune</c>),
/// so the candidate served is chosen among the tuned ones.
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
        var easeLambda = List("--ease-lambda", Defaults.EaseLambda, "EASE λ values to try.");
        var knnNeighbors = List("--item-knn-neighbors", Defaults.ItemKnnNeighbors, "Item-kNN neighbour counts to try.");
        var popularityHalfLife = List("--popularity-half-life", Defaults.PopularityHalfLifeDays, "Popularity half-lives in days to try (0 = none).");
        var blendWeights = List("--blend-weight", Defaults.BlendWeights, "ALS weights of the blend to try.");
        var trials = new Option<int>("--trials") { Description = "ALS settings of the grid to try, drawn with --seed.", DefaultValueFactory = _ => Defaults.Trials };
        var budget = new Option<double>("--budget-minutes") { Description = "Time budget; trials not started within it are skipped.", DefaultValueFactory = _ => Defaults.BudgetMinutes };
        var seed = new Option<int>("--seed") { Description = "Seed of the draw of settings.", DefaultValueFactory = _ => Defaults.Seed };
        var settingsOut = new Option<string?>("--settings-out") { Description = "Write the settings kept as a file for train --settings." };
        var publish = new Option<bool>("--publish") { Description = "Train with the settings kept and publish the bundle (as train --tune)." };
        var registry = CommonOptions.Registry();
        var command = new Command("tune", "Search every recommender candidate's settings on the choice split inside the training period; optionally publish with them.")
        {
            data, mapping, factors, regularization, alpha, confidence, halfLife, iterations, easeLambda, knnNeighbors, popularityHalfLife, blendWeights, trials, budget, seed, settingsOut, publish, registry,
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
                EaseLambda = Parse(result.GetRequiredValue(easeLambda), text => float.Parse(text, CultureInfo.InvariantCulture)),
                ItemKnnNeighbors = Parse(result.GetRequiredValue(knnNeighbors), text => int.Parse(text, CultureInfo.InvariantCulture)),
                PopularityHalfLifeDays = Parse(result.GetRequiredValue(popularityHalfLife), text => double.Parse(text, CultureInfo.InvariantCulture)),
                BlendWeights = Parse(result.GetRequiredValue(blendWeights), text => float.Parse(text, CultureInfo.InvariantCulture)),
                Trials = result.GetValue(trials),
                BudgetMinutes = result.GetValue(budget),
                Seed = result.GetValue(seed),
            };
            var options = new RecommenderOptions { Tuning = tuning };
            options.Validate();
            if (result.GetValue(publish))
            {
                return TrainCommand.Publish(result.GetRequiredValue(data), result.GetValue(mapping), options, result.GetRequiredValue(registry));
            }

            var history = HistoryInput.Load(result.GetRequiredValue(data), result.GetValue(mapping));
            var (tuned, search) = RecommenderTuning.Apply(history, options, Console.WriteLine);
            Console.WriteLine(RecommenderTuning.Describe(search).TrimEnd(' ', ';'));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"kept: ALS factors {tuned.Als.Factors}, regularization {tuned.Als.Regularization}, alpha {tuned.Als.Alpha}, confidence {tuned.Als.Confidence}, half-life {tuned.Als.RecencyHalfLifeDays} days, iterations {tuned.Als.Iterations}; EASE λ {tuned.Ease.Lambda}; item-kNN neighbours {tuned.ItemKnnNeighbors}; blend weight {tuned.BlendWeight}; popularity half-life {tuned.PopularityHalfLifeDays} days"));
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

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Loyalty.ML.Pipeline;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Experiments;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Online;
using Loyalty.ML.SampleData;
using Loyalty.ML.SampleData.Experiments;

namespace Loyalty.ML.Benchmarks.Commands;

/// <summary>
/// <c>bench-experiment-coverage</c>: how often the champion/challenger comparison's 95% interval holds the true difference
/// over data seeds. Each seed generates a sample with a future month, trains ALS (champion) and popularity (challenger,
/// half the customers) on the history, serves every visit of the future by both (<see cref="ExperimentSimulation"/>: the
/// true difference is known) and takes the interval the experiment would report. The baseline is the stated rate, 95%.
/// </summary>
internal static class BenchExperimentCoverageCommand
{
    private const int FutureDays = 30;

    public static Command Create()
    {
        var seeds = new Option<int>("--seeds") { DefaultValueFactory = _ => 20, Description = "Data seeds, from 1." };
        var customers = new Option<int>("--customers") { DefaultValueFactory = _ => 1_000, Description = "Customers of each generated sample." };
        var lines = new Option<int>("--lines") { DefaultValueFactory = _ => 60_000, Description = "Purchase lines of each generated sample." };
        var command = new Command("bench-experiment-coverage", "How often the experiment comparison's 95% interval holds the true difference, over data seeds.") { seeds, customers, lines };
        command.SetAction(result => Run(result.GetValue(seeds), result.GetValue(customers), result.GetValue(lines)));
        return command;
    }

    private static int Run(int seeds, int customers, int lines)
    {
        var settings = new OnlineSettings();
        var covered = 0;
        var named = 0;
        var clock = Stopwatch.StartNew();
        for (var seed = 1; seed <= seeds; seed++)
        {
            var sample = SampleDataGenerator.GenerateWithFuture(new SampleDataOptions { Seed = seed, Customers = customers, Lines = lines }, FutureDays);
            var registry = new ModelRegistry(Path.Combine(Path.GetTempPath(), $"loyalty-experiment-coverage-{Guid.NewGuid():N}"));
            try
            {
                var simulation = ExperimentSimulation.Serve(sample, Train(sample, registry, "als", 0), Train(sample, registry, "popularity", 1));
                var truth = simulation.TrueDifference(settings);
                var experiment = new Experiment($"coverage-{seed}", "popularity", 0.5, DateTimeOffset.MinValue.AddYears(1), "als");
                var report = simulation.Observe(experiment, settings).Experiments.Single();
                var difference = report.Comparison!.Difference;
                var inside = difference.Interval95.Contains(truth);
                covered += inside ? 1 : 0;
                named += report.Verdict == OnlineVerdict.Worse ? 1 : 0;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"seed {seed}: truth {truth * 100:+0.00;-0.00} pts, estimate {difference.Value * 100:+0.00;-0.00} ({difference.Interval95.Low * 100:+0.00;-0.00} to {difference.Interval95.High * 100:+0.00;-0.00}), inside {(inside ? 1 : 0)}, verdict {report.Verdict}, {simulation.Visits.Count:N0} visits"));
            }
            finally
            {
                Directory.Delete(registry.Root, recursive: true);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"experiment comparison over data seeds: truth inside the 95% interval in {covered} of {seeds} seeds ({100.0 * covered / seeds:0}%; stated 95%); popularity named worse in {named} of {seeds}; {customers:N0} customers, {lines:N0} lines a seed, {clock.Elapsed.TotalSeconds:0} s"));
        return 0;
    }

    private static ServedModel Train(SampleFuture sample, ModelRegistry registry, string method, int minute)
    {
        var settings = new TrainingSettings { Recommender = new RecommenderOptions { Personal = method } };
        var clock = new FixedClock(sample.Cutoff.AddHours(-2).AddMinutes(minute));
        var input = new TrainingInput(sample.History, new { rows = sample.History.Purchases.Count }, [], new Dictionary<string, long>());
        var version = new TrainingPipeline(settings, clock).Run(input, registry).Manifest.Version;
        return new ServedModel(version, ModelBundle.Load(registry.PathOf(version)).Recommender!);
    }

    // Versions are named after the clock: two trainings a minute apart get two names.
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Loyalty.ML.Churn;
using Loyalty.ML.Core;
using Loyalty.ML.Churn.Lifetime;
using Loyalty.ML.Churn.Features;
using Loyalty.ML.SampleData.BuyTillYouDie;

namespace Loyalty.ML.Benchmarks.Commands;

/// <summary>
/// <c>bench-churn</c>: times churn features + scoring and the BG/NBD fit on a generated history, each next
/// to a baseline measured in the same run (one pass summing every line amount).
/// </summary>
internal static class BenchChurnCommand
{
    private static readonly BuyTillYouDieProcess Process = new(R: 0.8, Alpha: 40, A: 0.6, B: 3);

    public static Command Create()
    {
        var customersOption = new Option<int>("--customers") { Description = "Customers to generate.", DefaultValueFactory = _ => 1_000_000 };
        var daysOption = new Option<int>("--days") { Description = "Days of history.", DefaultValueFactory = _ => 365 };
        var itemsOption = new Option<int>("--items") { Description = "Catalog size (0: history without items).", DefaultValueFactory = _ => 2_000 };
        var seedOption = new Option<int>("--seed") { Description = "Seed of the generator.", DefaultValueFactory = _ => 1 };
        var sampleOption = new Option<int>("--sample-customers") { Description = "Customers of the separate sample the scoring model is trained on (not timed).", DefaultValueFactory = _ => 50_000 };
        var command = new Command("bench-churn", "Benchmark churn features + scoring and the BG/NBD fit on a generated history.")
        {
            customersOption, daysOption, itemsOption, seedOption, sampleOption,
        };
        command.SetAction(result => Run(
            result.GetRequiredValue(customersOption), result.GetRequiredValue(daysOption), result.GetRequiredValue(itemsOption), result.GetRequiredValue(seedOption),
            result.GetRequiredValue(sampleOption)));
        return command;
    }

    private static int Run(int customers, int days, int items, int seed, int sampleCustomers)
    {
        var start = new DateTime(2024, 1, 1);
        Console.WriteLine($"generating {customers:N0} customers over {days} days ({items} items)…");
        var (history, generation) = Time(() => BuyTillYouDieSimulator.History(Process, customers, days, start, items, seed));
        Console.WriteLine($"  {history.Purchases.Count:N0} lines in {generation:0.0} s (not timed below)");

        var options = new ChurnOptions { MaxTrainingCutoffs = 4 };
        var (model, training) = Time(() => TrainOnSample(options, sampleCustomers, days, start, items, seed));
        Console.WriteLine($"  model trained on a {sampleCustomers:N0}-customer sample in {training:0.0} s (not timed below)");

        var (total, baseline) = Time(() => SumAmounts(history.Purchases));
        var (timeline, timelineSeconds) = Time(() => CustomerTimelineBuilder.Build(history));
        var ((scores, _, _), scoringSeconds) = Time(() => ChurnScoring.Score(timeline, history.Customers, model, options, timeline.LastDay));
        var (snapshot, featureSeconds) = Time(() => ChurnFeatureBuilder.Build(timeline, timeline.LastDay));
        var (_, fitSeconds) = Time(() => BgNbdFitter.Fit(snapshot.Summaries));

        var featuresAndScoring = timelineSeconds + scoringSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            baseline: one pass summing {history.Purchases.Count:N0} line amounts ({total:0}) {baseline:0.000} s
            features + scoring of {scores.Count:N0} customers: {featuresAndScoring:0.00} s = {featuresAndScoring / baseline:0}x baseline (target < 60 s)
              timeline {timelineSeconds:0.00} s, features + BG/NBD + Gamma-Gamma + CLV + calibrated FastTree + reasons {scoringSeconds:0.00} s
              of which features alone {featureSeconds:0.00} s
            BG/NBD fit on {snapshot.Count:N0} customers: {fitSeconds:0.00} s = {fitSeconds / baseline:0}x baseline (target < 10 s)
            """));
        return 0;
    }

    private static ChurnModel TrainOnSample(ChurnOptions options, int customers, int days, DateTime start, int items, int seed)
    {
        var sample = BuyTillYouDieSimulator.History(Process, customers, days, start, items, seed + 1);
        var timeline = CustomerTimelineBuilder.Build(sample);
        var examples = StackedExamples.Build(timeline, timeline.LastDay - options.HorizonDays, options);
        return ChurnModel.Fit(options, examples.Features, examples.Labels);
    }

    private static double SumAmounts(TransactionLines lines)
    {
        var total = 0.0;
        for (var line = 0; line < lines.Count; line++)
        {
            total += lines.Amount(line);
        }

        return total;
    }

    private static (T Value, double Seconds) Time<T>(Func<T> action)
    {
        var started = Stopwatch.GetTimestamp();
        var value = action();
        return (value, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}

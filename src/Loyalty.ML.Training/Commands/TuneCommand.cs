using System.CommandLine;
using System.Globalization;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Evaluation;

namespace Loyalty.ML.Training.Commands;

/// <summary>
/// <c>tune</c>: grid search of the ALS hyperparameters on a validation split carved out of the training period —
/// train before (test split − validation days), validate up to the test split — so the test window that
/// metrics.json reports on is never looked at. Prints one row per setting and the best by NDCG@K.
/// </summary>
internal static class TuneCommand
{
    public static Command Create()
    {
        var data = HistoryInput.Data();
        var mapping = HistoryInput.Mapping();
        var factors = List("--factors", "32,64,128", "Factor counts to try.");
        var regularization = List("--regularization", "1,10", "Regularization values to try.");
        var alpha = List("--alpha", "0.5,1,2", "Confidence scales α to try.");
        var confidence = List("--confidence", "linear,log", "Confidence scalings to try (linear, log).");
        var halfLife = List("--half-life", "0,90", "Recency half-lives in days to try (0 = none).");
        var iterations = List("--iterations", "15", "Iteration counts to try.");
        var validationDays = new Option<int>("--validation-days") { Description = "Length of the validation window.", DefaultValueFactory = _ => TimeSplit.DefaultTestDays };
        var command = new Command("tune", "Search recommender hyperparameters on a validation split inside the training period.")
        {
            data, mapping, factors, regularization, alpha, confidence, halfLife, iterations, validationDays,
        };
        command.SetAction(result =>
        {
            var history = HistoryInput.Load(result.GetRequiredValue(data), result.GetValue(mapping));
            var grid =
                from k in Parse(result.GetRequiredValue(factors), text => int.Parse(text, CultureInfo.InvariantCulture))
                from reg in Parse(result.GetRequiredValue(regularization), text => float.Parse(text, CultureInfo.InvariantCulture))
                from a in Parse(result.GetRequiredValue(alpha), text => float.Parse(text, CultureInfo.InvariantCulture))
                from scaling in Parse(result.GetRequiredValue(confidence), text => Enum.Parse<ConfidenceScaling>(text, ignoreCase: true))
                from days in Parse(result.GetRequiredValue(halfLife), text => double.Parse(text, CultureInfo.InvariantCulture))
                from n in Parse(result.GetRequiredValue(iterations), text => int.Parse(text, CultureInfo.InvariantCulture))
                select new AlsOptions { Factors = k, Regularization = reg, Alpha = a, Confidence = scaling, RecencyHalfLifeDays = days, Iterations = n };
            return Run(history, [.. grid], result.GetValue(validationDays));
        });
        return command;
    }

    private static int Run(PurchaseHistory history, IReadOnlyList<AlsOptions> grid, int validationDays)
    {
        var testSplit = TimeSplit.DefaultSplitTime(history);
        var split = TimeSplit.Create(history, testSplit.AddDays(-validationDays), testUntil: testSplit);
        if (split.TestCustomers.Length == 0)
        {
            Console.Error.WriteLine($"tune: no customer bought new items in the validation window {split.SplitTime:d}..{testSplit:d}; nothing to tune on.");
            return 1;
        }

        Console.WriteLine($"validation: train before {split.SplitTime:u}, validate until {testSplit:u} (the test window after it is not used); {split.TestCustomers.Length} customers");
        Console.WriteLine(RankingEvaluator.Evaluate(split, PopularityScorer.FromSplit(split), threads: Environment.ProcessorCount));
        Console.WriteLine(RankingEvaluator.Evaluate(split, ItemKnnScorer.FromSplit(split, Environment.ProcessorCount), threads: Environment.ProcessorCount));
        Console.WriteLine($"{"factors",7} {"reg",6} {"alpha",6} {"conf",6} {"half-life",9} {"iter",4}  {"ndcg@10",8} {"recall",7} {"hr",6} {"map",6} {"cover",6} {"fit s",6}");
        (AlsOptions Options, RankingReport Report)? best = null;
        foreach (var options in grid)
        {
            var (factors, stats) = RecommenderTrainer.FitFactors(history, options, TrainingWindow.Before(history, split.SplitTime));
            var report = RankingEvaluator.Evaluate(split, new FactorScorer(factors), threads: Environment.ProcessorCount);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{options.Factors,7} {options.Regularization,6} {options.Alpha,6} {options.Confidence,6} {options.RecencyHalfLifeDays,9} {options.Iterations,4}  {report.Ndcg,8:F4} {report.Recall,7:F4} {report.HitRate,6:F4} {report.Map,6:F4} {report.Coverage,6:F3} {stats.Elapsed.TotalSeconds,6:F1}"));
            if (best is null || report.Ndcg > best.Value.Report.Ndcg)
            {
                best = (options, report);
            }
        }

        if (best is { } winner)
        {
            var o = winner.Options;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"best: factors {o.Factors}, regularization {o.Regularization}, alpha {o.Alpha}, confidence {o.Confidence}, half-life {o.RecencyHalfLifeDays} days, iterations {o.Iterations} -> ndcg@10 {winner.Report.Ndcg:F4}"));
        }

        return 0;
    }

    private static Option<string> List(string name, string defaults, string description) =>
        new(name) { Description = description + " Comma-separated.", DefaultValueFactory = _ => defaults };

    private static IEnumerable<T> Parse<T>(string values, Func<string, T> parse) =>
        values.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(parse).ToList();
}

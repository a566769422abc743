using System.Globalization;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Core;

namespace Loyalty.ML.Pipeline.Steps;

/// <summary>
/// Training step of the recommender: evaluates on the time split (writing the <c>recommendations</c> and
/// <c>also_bought</c> metrics with their baselines), then retrains on all data, saves <c>recommender.bin</c> and
/// returns the model for the offers report.
/// </summary>
internal static class RecommenderStep
{
    public const string Name = "recommender";

    public static IRecommender Run(TrainingContext context, RecommenderOptions options)
    {
        var history = context.History;
        var method = AlsoBoughtMethod.CoOccurrence;
        var iterations = options.Als.Iterations;
        string quality = "not evaluated";
        if (options.Evaluate)
        {
            context.Report(Name, 0, "evaluating on the time split");
            var split = TimeSplit.Create(history, TimeSplit.DefaultSplitTime(history, options.TestDays));
            if (split.TestCustomers.Length > 0)
            {
                var evaluation = RecommenderEvaluation.Run(history, split, options, iterationDone: done => context.Report(Name, 0.4 * done / iterations, "evaluation fit"));
                context.RunMetrics.Recommendations = evaluation.Metrics();
                context.RunMetrics.AlsoBought = evaluation.AlsoBoughtMetrics(options.K);
                method = evaluation.BestAlsoBought;
                quality = string.Create(
                    CultureInfo.InvariantCulture,
                    $"ndcg@{options.K} {evaluation.Als.Ndcg:F4} (popularity {evaluation.Popularity.Ndcg:F4}, item-kNN {evaluation.ItemKnn.Ndcg:F4}), also-bought hr@{options.K} {evaluation.AlsoBought[method]:F4} (popularity {evaluation.AlsoBoughtPopularity:F4})");
            }
            else
            {
                context.RunMetrics.Recommendations = RecommenderMetrics.NotEvaluated($"no customer bought new items both before and in the last {options.TestDays} days");
                quality = "not evaluated (no test customers in the last " + options.TestDays + " days)";
            }
        }

        context.Report(Name, 0.5, "training on all data");
        var (model, stats) = RecommenderTrainer.Fit(history, options, method, TrainingWindow.Whole(history), done => context.Report(Name, 0.5 + (0.45 * done / iterations), "final fit"));
        RecommenderModelFile.Write(context.PathOf(RecommenderModelFile.FileName), model);
        context.Parameters.Recommender = options;
        context.Report(Name, 1, "saved");
        context.Summary.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"recommender: {model.Customers.Count} customers x {model.Items.Count} items, {options.Als.Factors} factors, fit {stats.Elapsed.TotalSeconds:F1}s; {quality}"));
        return new AlsRecommender(model);
    }
}

using System.Globalization;
using System.Text.Json;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Evaluation;
using Loyalty.ML.Core;

namespace Loyalty.ML.Pipeline.Steps;

/// <summary>
/// Training step of the recommender: evaluates on the time split (writing the <c>recommendations</c> and
/// <c>also_bought</c> metrics with their baselines), then retrains on all data and saves <c>recommender.bin</c>.
/// </summary>
public sealed class RecommenderStep(RecommenderOptions? options = null) : ITrainingStep
{
    private readonly RecommenderOptions _options = options ?? new RecommenderOptions();

    /// <inheritdoc />
    public string Name => "recommender";

    /// <inheritdoc />
    public bool CanRun(TrainingContext context) => context.History.HasItems && context.History.Purchases.Count > 0;

    /// <inheritdoc />
    public string SkipReason => "the data has no item column, so there is nothing to recommend";

    /// <inheritdoc />
    public void Run(TrainingContext context)
    {
        var history = context.History;
        var method = AlsoBoughtMethod.CoOccurrence;
        var iterations = _options.Als.Iterations;
        string quality = "not evaluated";
        if (_options.Evaluate)
        {
            context.Report(Name, 0, "evaluating on the time split");
            var split = TimeSplit.Create(history, TimeSplit.DefaultSplitTime(history, _options.TestDays));
            if (split.TestCustomers.Length > 0)
            {
                var evaluation = RecommenderEvaluation.Run(history, split, _options, iterationDone: done => context.Report(Name, 0.4 * done / iterations, "evaluation fit"));
                context.RunMetrics.Recommendations = evaluation.Metrics();
                context.RunMetrics.AlsoBought = evaluation.AlsoBoughtMetrics(_options.K);
                method = evaluation.BestAlsoBought;
                quality = string.Create(
                    CultureInfo.InvariantCulture,
                    $"ndcg@{_options.K} {evaluation.Als.Ndcg:F4} (popularity {evaluation.Popularity.Ndcg:F4}, item-kNN {evaluation.ItemKnn.Ndcg:F4}), also-bought hr@{_options.K} {evaluation.AlsoBought[method]:F4} (popularity {evaluation.AlsoBoughtPopularity:F4})");
            }
            else
            {
                context.RunMetrics.Recommendations = RecommenderMetrics.NotEvaluated($"no customer bought new items both before and in the last {_options.TestDays} days");
                quality = "not evaluated (no test customers in the last " + _options.TestDays + " days)";
            }
        }

        context.Report(Name, 0.5, "training on all data");
        var (model, stats) = RecommenderTrainer.Fit(history, _options, method, TrainingWindow.Whole(history), done => context.Report(Name, 0.5 + (0.45 * done / iterations), "final fit"));
        RecommenderModelFile.Write(context.PathOf(RecommenderModelFile.FileName), model);
        context.Trained.Recommender = new AlsRecommender(model);
        context.Parameters[Name] = JsonSerializer.SerializeToNode(_options, BundleJson.Options);
        context.Report(Name, 1, "saved");
        context.Summary.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"recommender: {model.Customers.Count} customers x {model.Items.Count} items, {_options.Als.Factors} factors, fit {stats.Elapsed.TotalSeconds:F1}s; {quality}"));
    }
}

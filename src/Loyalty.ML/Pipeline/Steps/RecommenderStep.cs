using System.Globalization;
using System.Text.Json;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Selection;
using Loyalty.ML.Recommendations.Tuning;
using Loyalty.ML.Core;

namespace Loyalty.ML.Pipeline.Steps;

/// <summary>
/// Training step of the recommender: chooses each list kind's method by validation (<see cref="RecommenderSelection"/>,
/// writing the <c>recommendations</c> and <c>also_bought</c> metrics with every candidate), then retrains the chosen
/// methods on all data and saves <c>recommender.bin</c>.
/// </summary>
public sealed class RecommenderStep(RecommenderOptions? options = null) : ITrainingStep
{
    private readonly RecommenderOptions _requested = options ?? new RecommenderOptions();

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
        var (_options, tuning) = RecommenderTuning.Apply(history, _requested, line => context.Report(Name, 0, line));
        var choice = RecommenderSelection.Unevaluated(_options);
        var quality = "not evaluated";
        if (_options.Evaluate)
        {
            var selection = RecommenderSelection.Run(history, _options, (done, what) => context.Report(Name, 0.6 * done, what));
            context.RunMetrics.Recommendations = selection.Recommendations with { Tuning = tuning };
            context.RunMetrics.AlsoBought = selection.AlsoBought;
            (choice, quality) = (selection.Choice, selection.Summary);
        }

        var iterations = _options.Als.Iterations;
        context.Report(Name, 0.6, "training on all data");
        var (model, stats) = RecommenderTrainer.Fit(history, _options, choice, TrainingWindow.Whole(history), done => context.Report(Name, 0.6 + (0.35 * done / iterations), "final fit"));
        RecommenderModelFile.Write(context.PathOf(RecommenderModelFile.FileName), model);
        context.Trained.Recommender = new AlsRecommender(model);
        context.Parameters[Name] = JsonSerializer.SerializeToNode(_options, BundleJson.Options);
        context.Report(Name, 1, "saved");
        context.Summary.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"recommender: {RecommenderTuning.Describe(tuning)}{model.Customers.Count} customers x {model.Items.Count} items, {_options.Als.Factors} factors, fit {stats.Elapsed.TotalSeconds:F1}s; {quality}"));
    }
}

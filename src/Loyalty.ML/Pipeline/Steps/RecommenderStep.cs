using System.Globalization;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Selection;
using Loyalty.ML.Recommendations.Tuning;
using Loyalty.ML.Recommendations.Storage;

namespace Loyalty.ML.Pipeline.Steps;

/// <summary>
/// Training step of the recommender: tunes when asked, chooses each list kind's method by validation
/// (<see cref="RecommenderSelection"/>, writing the <c>recommendations</c> and <c>also_bought</c> metrics with every
/// candidate), then retrains the chosen methods on all data, saves <c>recommender.bin</c> and returns the model for
/// the offers report. The manifest records the settings the model was trained with (the tuned ones when tuned).
/// </summary>
internal static class RecommenderStep
{
    public const string Name = "recommender";

    public static IRecommender Run(TrainingContext context, RecommenderOptions requested)
    {
        var history = context.History;
        var (options, tuning) = RecommenderTuning.Apply(history, requested, line => context.Report(Name, 0, line));
        var choice = RecommenderSelection.Unevaluated(options);
        var quality = "not evaluated";
        if (options.Evaluate)
        {
            var selection = RecommenderSelection.Run(history, options, (done, what) => context.Report(Name, 0.6 * done, what));
            context.RunMetrics.Recommendations = selection.Recommendations with { Tuning = tuning };
            context.RunMetrics.AlsoBought = selection.AlsoBought;
            (choice, quality) = (selection.Choice, selection.Summary);
            TrainingMemory.Release(); // the evaluation's fits are dead; the final fit would be laid on top of them
        }

        var iterations = options.Als.Iterations;
        context.Report(Name, 0.6, "training on all data");
        var (model, stats) = RecommenderTrainer.Train(history, options, choice, TrainingWindow.Whole(history), done => context.Report(Name, 0.6 + (0.35 * done / iterations), "final fit"));
        RecommenderModelFile.Write(context.PathOf(RecommenderModelFile.FileName), model);
        if (context.RunMetrics.Recommendations is { } recommendations)
        {
            // The final fit is the one served; the test split's may be warm-started (fit.warm_start), so its seconds are not the fit's.
            context.RunMetrics.Recommendations = recommendations with { UpSell = UpSellPrice.Describe(model), AlsFitSeconds = Math.Round(stats.Elapsed.TotalSeconds, 3) };
        }

        context.Parameters.Recommender = options;
        context.Report(Name, 1, "saved");
        context.Summary.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"recommender: {RecommenderTuning.Describe(tuning)}{model.Customers.Count} customers x {model.Items.Count} items, {options.Als.Factors} factors, fit {stats.Elapsed.TotalSeconds:F1}s; {quality}"));
        var recommender = new ModelRecommender(model);
        context.Figures.Examples = Reporting.ExampleListsBuilder.Build(history, recommender);
        return recommender;
    }
}

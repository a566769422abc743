using Loyalty.ML.Churn;
using Loyalty.ML.Core;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Steps;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Segmentation;

namespace Loyalty.ML.Pipeline;

/// <summary>
/// The standard training run, in the order it runs: segments, churn, recommender, then the offers report fed the
/// three models in memory. A part the data cannot support is skipped with its reason in the run's summary. Churn trains
/// before the recommender so that its working memory and the recommender model (factors, customer histories, EASE's
/// item × item weights), which only the offers need, are never held at once: at 20 lines a customer the model is
/// larger than churn's scores. Each stage's dead memory is handed back before the next starts (<see cref="TrainingMemory"/>).
/// </summary>
internal static class TrainingChain
{
    public static void Run(TrainingContext context, TrainingSettings settings)
    {
        var history = context.History;
        var segments = history.Purchases.Count > 0
            ? context.Part(SegmentationStep.Name, () => SegmentationStep.Run(context, settings.Segmentation))
            : context.Skip<IReadOnlyDictionary<string, CustomerSegment>>(SegmentationStep.Name, "the data holds no purchases");
        if (history.HasItems)
        {
            ItemTilesFile.Write(context.PathOf(ItemTilesFile.FileName), history);
        }

        var churn = ChurnStep.HasEnoughHistory(history, settings.Churn)
            ? context.Part(ChurnStep.Name, () => ChurnStep.Run(context, settings.Churn))
            : context.Skip<IChurnScores>(ChurnStep.Name, ChurnStep.TooShort(history, settings.Churn));
        var recommender = history.HasItems && history.Purchases.Count > 0
            ? context.Part(RecommenderStep.Name, () => RecommenderStep.Run(context, settings.Recommender))
            : context.Skip<IRecommender>(RecommenderStep.Name, "the data has no item column, so there is nothing to recommend");
        context.Part(OffersStep.Name, () => OffersStep.Run(context, settings.Offers, new TrainedModels(segments, recommender, churn)));
    }

    private static T Part<T>(this TrainingContext context, string name, Func<T> run)
    {
        context.Report(name, 0);
        var model = run();
        context.Report(name, 1);
        TrainingMemory.Release();
        return model;
    }

    private static void Part(this TrainingContext context, string name, Action run) =>
        context.Part(name, () =>
        {
            run();
            return true;
        });

    private static T? Skip<T>(this TrainingContext context, string part, string reason)
        where T : class
    {
        context.Summary.Add($"{part}: skipped, {reason}.");
        return null;
    }
}

using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Recommendations;

/// <summary>
/// Fits the recommender's parts on one <see cref="TrainingWindow"/>: factors, also-bought neighbours, popularity and
/// the customers' histories. The evaluation and the published model go through <see cref="Fit"/> alike.
/// </summary>
public static class RecommenderTrainer
{
    /// <summary>ALS factors fitted on <paramref name="window"/>'s customer × item weights (purchases decayed by the recency half-life); <paramref name="iterationDone"/> gets each finished iteration's number.</summary>
    public static (AlsFactors Factors, AlsTrainingStats Stats) FitFactors(PurchaseHistory history, AlsOptions options, TrainingWindow window, Action<int>? iterationDone = null)
    {
        options.Validate();
        var counts = InteractionMatrix.CustomerItems(history, window, options.RecencyHalfLifeDays);
        return ImplicitAls.Fit(Confidence.FromCounts(counts, options), options, history.Customers.Ids, history.Items.Ids, iterationDone);
    }

    /// <summary>Also-bought neighbours from the items sharing orders in <paramref name="window"/>, scored by the configured measure.</summary>
    public static ItemNeighbors FitAlsoBought(PurchaseHistory history, RecommenderOptions options, TrainingWindow window) =>
        CoOccurrence.Build(InteractionMatrix.OrderItems(history, window), options.AlsoBoughtMeasure, options.AlsoBoughtNeighbors, options.Als.Threads);

    /// <summary>The model as it is served, trained on the lines of <paramref name="window"/> (the whole history to publish).</summary>
    public static (RecommenderModel Model, AlsTrainingStats Stats) Fit(PurchaseHistory history, RecommenderOptions options, AlsoBoughtMethod method, TrainingWindow window, Action<int>? iterationDone = null)
    {
        var (factors, stats) = FitFactors(history, options.Als, window, iterationDone);
        var model = new RecommenderModel
        {
            Customers = history.Customers,
            Items = history.Items,
            ItemNames = history.Catalog.Names,
            ItemCategory = history.Catalog.Category,
            Categories = history.Catalog.Categories,
            ItemPrice = history.Catalog.Price,
            Factors = factors,
            Popularity = Popularity.TimeDecayed(history, window, options.PopularityHalfLifeDays),
            History = CustomerHistoryBuilder.Build(history, window),
            AlsoBought = FitAlsoBought(history, options, window),
            AlsoBoughtMethod = method,
            AsOf = window.Origin,
            FoldIn = FoldInSettings.From(options.Als),
        };
        return (model, stats);
    }
}

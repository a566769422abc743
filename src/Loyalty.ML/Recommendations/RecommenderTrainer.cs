using Loyalty.ML.Data;

namespace Loyalty.ML.Recommendations;

/// <summary>Fits the recommender's parts on the lines before a cut-off: factors, also-bought neighbours, popularity.</summary>
internal static class RecommenderTrainer
{
    public static (AlsFactors Factors, AlsTrainingStats Stats) FitFactors(PurchaseHistory history, AlsOptions options, DateTime until, Action<int>? iterationDone = null)
    {
        options.Validate();
        var counts = InteractionMatrix.CustomerItems(history, DateTime.MinValue, until, options.RecencyHalfLifeDays);
        return ImplicitAls.Fit(Confidence.FromCounts(counts, options), options, iterationDone);
    }

    public static ItemNeighbors FitAlsoBought(PurchaseHistory history, RecommenderOptions options, DateTime until) =>
        CoOccurrence.Build(InteractionMatrix.OrderItems(history, DateTime.MinValue, until), options.AlsoBoughtMeasure, options.AlsoBoughtNeighbors, options.Als.Threads);

    /// <summary>The serving model on the whole history.</summary>
    public static (RecommenderModel Model, AlsTrainingStats Stats) Fit(PurchaseHistory history, RecommenderOptions options, AlsoBoughtMethod method, Action<int>? iterationDone = null)
    {
        var everything = DateTime.MaxValue;
        var (factors, stats) = FitFactors(history, options.Als, everything, iterationDone);
        var model = new RecommenderModel
        {
            Customers = history.Customers,
            Items = history.Items,
            ItemNames = history.Catalog.Names,
            ItemCategory = history.Catalog.Category,
            Categories = history.Catalog.Categories,
            ItemPrice = history.Catalog.Price,
            Factors = factors,
            Popularity = Popularity.TimeDecayed(history, history.LastTime, options.PopularityHalfLifeDays),
            History = CustomerHistoryBuilder.Build(history),
            AlsoBought = FitAlsoBought(history, options, everything),
            AlsoBoughtMethod = method,
            AsOf = history.LastTime,
        };
        return (model, stats);
    }
}

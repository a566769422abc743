using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Recommendations;

/// <summary>
/// Fits the recommender's parts on one <see cref="TrainingWindow"/>: factors, also-bought and item-kNN neighbours,
/// popularity and the customers' histories. The evaluation and the published model go through <see cref="Fit"/> alike.
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

    /// <summary>The also-bought neighbours <paramref name="method"/> ranks from (order co-occurrence; shrunk and supported for the significant method).</summary>
    public static ItemNeighbors FitAlsoBought(PurchaseHistory history, RecommenderOptions options, TrainingWindow window, AlsoBoughtMethod method = AlsoBoughtMethod.CoOccurrence) =>
        method == AlsoBoughtMethod.SignificantCoOccurrence
            ? CoOccurrence.Build(InteractionMatrix.OrderItems(history, window), CoOccurrenceMeasure.Shrunk, options.AlsoBoughtNeighbors, options.Als.Threads, options.AlsoBoughtMinSupport, options.AlsoBoughtShrinkage)
            : CoOccurrence.Build(InteractionMatrix.OrderItems(history, window), options.AlsoBoughtMeasure, options.AlsoBoughtNeighbors, options.Als.Threads);

    /// <summary>Item-kNN neighbours: the Jaccard index of the items' customer sets in the window, best <see cref="RecommenderOptions.ItemKnnNeighbors"/> kept.</summary>
    public static ItemNeighbors FitItemKnn(PurchaseHistory history, RecommenderOptions options, TrainingWindow window) =>
        CoOccurrence.Build(InteractionMatrix.CustomerItems(history, window, 0), CoOccurrenceMeasure.Jaccard, options.ItemKnnNeighbors, options.Als.Threads);

    /// <summary>
    /// The model as it is served, trained on the lines of <paramref name="window"/> (the whole history to publish),
    /// serving <paramref name="choice"/>. With <paramref name="everyCandidate"/> the item-kNN neighbours are fitted
    /// whatever the choice, so an evaluation can score every candidate from one fit.
    /// </summary>
    public static (RecommenderModel Model, AlsTrainingStats Stats) Fit(
        PurchaseHistory history, RecommenderOptions options, ModelChoice choice, TrainingWindow window, Action<int>? iterationDone = null, bool everyCandidate = false)
    {
        options.Validate();
        var (factors, stats) = FitFactors(history, options.Als, window, iterationDone);
        var needsKnn = everyCandidate || choice.Personal is PersonalMethod.ItemKnn or PersonalMethod.BlendAlsItemKnn;
        var model = new RecommenderModel
        {
            Customers = history.Customers,
            Items = history.Items,
            ItemNames = history.Catalog.Names,
            ItemCategory = history.Catalog.Category,
            Categories = history.Catalog.Categories,
            ItemPrice = history.Catalog.Price,
            ItemUnitSize = history.Catalog.UnitSize,
            ItemUnit = history.Catalog.Unit,
            Factors = factors,
            Popularity = Popularity.For(choice.Personal, history, window, options.PopularityHalfLifeDays),
            History = CustomerHistoryBuilder.Build(history, window),
            AlsoBought = FitAlsoBought(history, options, window, choice.AlsoBought),
            AlsoBoughtMethod = choice.AlsoBought,
            AsOf = window.Origin,
            FoldIn = FoldInSettings.From(options.Als),
            Personal = choice.Personal,
            BlendWeight = options.BlendWeight,
            ItemKnn = needsKnn ? FitItemKnn(history, options, window) : ItemNeighbors.Empty(history.Items.Count),
        };
        return (model, stats);
    }
}

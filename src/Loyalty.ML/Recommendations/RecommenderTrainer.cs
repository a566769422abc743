using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Candidates;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Recommendations;

/// <summary>
/// Fits the recommender on one <see cref="TrainingWindow"/>: the base every model has (factors, also-bought
/// neighbours, popularity, the customers' histories) and the chosen personal candidate's part. The evaluation and
/// the published model go through <see cref="FitBase"/> alike.
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

    /// <summary>
    /// The model as it is served, trained on the lines of <paramref name="window"/> (the whole history to publish),
    /// serving <paramref name="choice"/>.
    /// </summary>
    public static (RecommenderModel Model, AlsTrainingStats Stats) Fit(
        PurchaseHistory history, RecommenderOptions options, ModelChoice choice, TrainingWindow window, Action<int>? iterationDone = null)
    {
        var (model, inputs, stats) = FitBase(history, options, window, iterationDone);
        return (Serving(model, inputs, choice), stats);
    }

    /// <summary>
    /// The base of a model fitted on <paramref name="window"/> (ALS served, conditional co-occurrence for also-bought)
    /// and the inputs every candidate of the window shares; <paramref name="bought"/> is the window's customer × item
    /// matrix when the caller has it.
    /// </summary>
    internal static (RecommenderModel Model, CandidateInputs Inputs, AlsTrainingStats Stats) FitBase(
        PurchaseHistory history, RecommenderOptions options, TrainingWindow window, Action<int>? iterationDone = null, CsrMatrix? bought = null)
    {
        options.Validate();
        var (factors, stats) = FitFactors(history, options.Als, window, iterationDone);
        var inputs = new CandidateInputs(history, window, options, factors, bought);
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
            Popularity = Popularity.TimeDecayed(history, window, options.PopularityHalfLifeDays),
            History = CustomerHistoryBuilder.Build(history, window),
            AlsoBought = FitAlsoBought(inputs, AlsoBoughtMethod.CoOccurrence),
            AlsoBoughtMethod = AlsoBoughtMethod.CoOccurrence,
            AsOf = window.Origin,
            FoldIn = FoldInSettings.From(options.Als),
        };
        return (model, inputs, stats);
    }

    /// <summary>The base model serving <paramref name="choice"/>: its personal part fitted, its also-bought neighbours those the method ranks from.</summary>
    internal static RecommenderModel Serving(RecommenderModel model, CandidateInputs inputs, ModelChoice choice)
    {
        var personal = PersonalCandidates.Get(choice.Personal).Fit(inputs);
        return model with
        {
            Personal = personal,
            Popularity = personal.Popularity ?? model.Popularity,
            AlsoBought = choice.AlsoBought == model.AlsoBoughtMethod ? model.AlsoBought : FitAlsoBought(inputs, choice.AlsoBought),
            AlsoBoughtMethod = choice.AlsoBought,
        };
    }

    /// <summary>The also-bought neighbours <paramref name="method"/> ranks from (order co-occurrence; shrunk and supported for the significant method; EASE's weights).</summary>
    internal static ItemNeighbors FitAlsoBought(CandidateInputs inputs, AlsoBoughtMethod method)
    {
        var (history, options, window) = (inputs.History, inputs.Options, inputs.Window);
        return method switch
        {
            AlsoBoughtMethod.SignificantCoOccurrence => CoOccurrence.Build(InteractionMatrix.OrderItems(history, window), CoOccurrenceMeasure.Shrunk, options.AlsoBoughtNeighbors, options.Als.Threads, options.AlsoBoughtMinSupport, options.AlsoBoughtShrinkage),
            AlsoBoughtMethod.Ease => inputs.EaseWeights.Neighbors(options.AlsoBoughtNeighbors),
            AlsoBoughtMethod.CoOccurrence or AlsoBoughtMethod.Factors or AlsoBoughtMethod.Popularity or AlsoBoughtMethod.CategoryPopularity =>
                CoOccurrence.Build(InteractionMatrix.OrderItems(history, window), options.AlsoBoughtMeasure, options.AlsoBoughtNeighbors, options.Als.Threads),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "not an also-bought method"),
        };
    }
}

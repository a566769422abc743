using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Candidates;
using Loyalty.ML.Recommendations.Candidates.AlsoBought;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Recommendations;

/// <summary>
/// Fits the recommender on one <see cref="TrainingWindow"/>: the base every model has (factors, also-bought
/// neighbours, popularity, the customers' histories) and the chosen personal candidate's part. The evaluation and
/// the published model go through <see cref="FitBase"/> alike. Settings are checked where they are built (the
/// command line, a settings file, the pipeline's settings) and by <see cref="Fit"/>, the entry for other callers; the
/// fits inside a run take them as checked.
/// </summary>
public static class RecommenderTrainer
{
    /// <summary>ALS factors fitted on <paramref name="window"/>'s customer × item weights (purchases decayed by the recency half-life); <paramref name="iterationDone"/> gets each finished iteration's number.</summary>
    internal static (AlsFactors Factors, AlsTrainingStats Stats) FitFactors(PurchaseHistory history, AlsOptions options, TrainingWindow window, Action<int>? iterationDone = null, WarmStart? warm = null)
    {
        var weights = InteractionMatrix.CustomerItems(history, window, options.RecencyHalfLifeDays);
        return ImplicitAls.Fit(Confidence.FromWeightsInPlace(weights, options), options, history.Customers.Ids, history.Items.Ids, iterationDone, warm);
    }

    /// <summary>
    /// The model as it is served, trained on the lines of <paramref name="window"/> (the whole history to publish),
    /// serving <paramref name="choice"/>.
    /// </summary>
    public static (RecommenderModel Model, AlsTrainingStats Stats) Fit(
        PurchaseHistory history, RecommenderOptions options, ModelChoice choice, TrainingWindow window, Action<int>? iterationDone = null)
    {
        options.Validate();
        return Train(history, options, choice, window, iterationDone);
    }

    /// <summary>As <see cref="Fit"/>, with settings already checked where they were built (the training run's).</summary>
    internal static (RecommenderModel Model, AlsTrainingStats Stats) Train(
        PurchaseHistory history, RecommenderOptions options, ModelChoice choice, TrainingWindow window, Action<int>? iterationDone = null)
    {
        // The served candidate's own lists are not counted with the base model's here: they would then be alive while
        // the personal part is fitted (EASE's dense matrices), raising the stage's peak by a whole catalog's lists.
        var (model, inputs, stats) = FitBase(history, options, window, iterationDone);
        return (Serving(model, inputs, choice), stats);
    }

    /// <summary>
    /// The base of a model fitted on <paramref name="window"/> (ALS served, conditional co-occurrence for also-bought)
    /// and the inputs every candidate of the window shares; <paramref name="bought"/> is the window's customer × item
    /// matrix and <paramref name="itemKnn"/> its item-kNN neighbours when the caller has them; ALS starts from
    /// <paramref name="warm"/> when given (an evaluation's, never the published fit's); also-bought lists are built
    /// for the <paramref name="alsoBoughtAsked"/> items only when given (an evaluation's, see <see cref="CandidateInputs.AlsoBoughtAsked"/>),
    /// the order co-occurrence of the <paramref name="alsoBought"/> candidates to be fitted on the inputs counted with the base model's.
    /// </summary>
    internal static (RecommenderModel Model, CandidateInputs Inputs, AlsTrainingStats Stats) FitBase(
        PurchaseHistory history, RecommenderOptions options, TrainingWindow window, Action<int>? iterationDone = null, CsrMatrix? bought = null, ItemNeighbors? itemKnn = null, WarmStart? warm = null, bool[]? alsoBoughtAsked = null, IEnumerable<IAlsoBoughtCandidate>? alsoBought = null)
    {
        var inputs = Inputs(history, options, window, bought, itemKnn is null ? null : () => itemKnn, alsoBoughtAsked, alsoBought);
        var (model, stats) = FitBaseOn(inputs, iterationDone, warm);
        return (model, inputs, stats);
    }

    /// <summary>
    /// The inputs the candidates of a fit on <paramref name="window"/> share (see <see cref="FitBase"/>),
    /// before the base model: an evaluation fits EASE on them first; <paramref name="itemKnn"/> builds the item-kNN
    /// neighbours on first use when the caller has its own.
    /// </summary>
    internal static CandidateInputs Inputs(
        PurchaseHistory history, RecommenderOptions options, TrainingWindow window, CsrMatrix? bought = null, Func<ItemNeighbors>? itemKnn = null, bool[]? alsoBoughtAsked = null, IEnumerable<IAlsoBoughtCandidate>? alsoBought = null) =>
        new(history, window, options, bought, itemKnn)
        {
            AlsoBoughtAsked = alsoBoughtAsked,
            OrderScorings = AlsoBoughtCandidates.OrderScorings(alsoBought ?? [], options),
        };

    /// <summary><see cref="FitBase"/>'s model, fitted on <paramref name="inputs"/>' window.</summary>
    internal static (RecommenderModel Model, AlsTrainingStats Stats) FitBaseOn(CandidateInputs inputs, Action<int>? iterationDone = null, WarmStart? warm = null)
    {
        var (history, options, window) = (inputs.History, inputs.Options, inputs.Window);
        var (factors, stats) = FitFactors(history, options.Als, window, iterationDone, warm);
        TrainingMemory.Release(); // the fit's weight matrices are dead; the histories and co-occurrence below are as large

        // The histories are built on one core; the co-occurrence counts, beside them, have the other. Both read the
        // history only; waiting for both throws the first failure itself.
        var histories = Task.Run(() => CustomerHistoryBuilder.Build(history, window));
        var orderCoOccurrence = Task.Run(() => AlsoBoughtCandidates.OrderCoOccurrence(inputs));
        Task.WhenAll(histories, orderCoOccurrence).GetAwaiter().GetResult();
        TrainingMemory.Release(); // the counts' buffers are dead; the personal part (EASE's dense matrix) would be laid on top of them
        return (Model(inputs, factors, histories.Result, orderCoOccurrence.Result), stats);
    }

    /// <summary>A base model of <paramref name="inputs"/>' window from its parts (the popularity the inputs').</summary>
    internal static RecommenderModel Model(CandidateInputs inputs, AlsFactors factors, CustomerHistory histories, ItemNeighbors alsoBought)
    {
        var history = inputs.History;
        return new()
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
            Popularity = inputs.Popularity,
            History = histories,
            AlsoBought = alsoBought,
            AlsoBoughtMethod = AlsoBoughtCandidates.Default,
            AsOf = inputs.Window.Origin,
            FoldIn = FoldInSettings.From(inputs.Options.Als),
        };
    }

    /// <summary>The base model serving <paramref name="choice"/>: its personal part fitted, its also-bought neighbours those the candidate ranks from.</summary>
    internal static RecommenderModel Serving(RecommenderModel model, CandidateInputs inputs, ModelChoice choice)
    {
        var personal = PersonalCandidates.Get(choice.Personal).Fit(inputs);
        return model with
        {
            Personal = personal,
            Popularity = personal.Popularity ?? model.Popularity,
            AlsoBought = AlsoBoughtCandidates.Get(choice.AlsoBought).Fit(inputs) ?? model.AlsoBought,
            AlsoBoughtMethod = choice.AlsoBought,
        };
    }
}

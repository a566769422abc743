using Loyalty.ML.Core;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Recommendations.Candidates;

/// <summary>
/// What every candidate of one fit learns from, computed once and shared: the window's lines, the customer × item
/// matrix of what each customer bought in it, the item-kNN neighbours and EASE's weights (on first use). No
/// candidate reads the ALS factors from here: they are fitted after the inputs, on the base model.
/// </summary>
internal sealed class CandidateInputs
{
    private CsrMatrix? _bought;
    private ItemNeighbors? _itemKnn;
    private Func<ItemNeighbors>? _buildItemKnn;
    private Ease.EaseWeights? _ease;
    private ItemNeighbors? _easeNeighbors;
    private Dictionary<CoOccurrenceScoring, ItemNeighbors>? _orderNeighbors;
    private float[]? _popularity;

    public CandidateInputs(PurchaseHistory history, TrainingWindow window, RecommenderOptions options, CsrMatrix? bought = null, Func<ItemNeighbors>? itemKnn = null)
    {
        History = history;
        Window = window;
        Options = options;
        _bought = bought;
        _buildItemKnn = itemKnn;
    }

    public PurchaseHistory History { get; }

    public TrainingWindow Window { get; }

    public RecommenderOptions Options { get; }

    /// <summary>
    /// The items whose also-bought lists are asked for (null: every item, as a published model needs): an evaluation
    /// asks only about its scored test orders' items, so the candidates' neighbour lists of the others are not built.
    /// </summary>
    public bool[]? AlsoBoughtAsked { get; init; }

    /// <summary>
    /// The order co-occurrence scorings the fit's also-bought candidates will ask for (<see cref="OrderNeighbors"/>):
    /// counted in one pass with the first one asked for.
    /// </summary>
    public IReadOnlyList<CoOccurrenceScoring> OrderScorings { get; init; } = [];

    /// <summary>Each item's time-decayed popularity in the window: the base model's and the popularity candidate's.</summary>
    public float[] Popularity => _popularity ??= Signals.Popularity.TimeDecayed(History, Window, Options.PopularityHalfLifeDays);

    /// <summary>Customer × item line counts of the window.</summary>
    public CsrMatrix Bought => _bought ??= InteractionMatrix.CustomerItems(History, Window, 0);

    /// <summary>
    /// Item-kNN neighbours: the Jaccard index of the items' customer sets, best <see cref="RecommenderOptions.ItemKnnNeighbors"/>
    /// kept; built on first use, by the caller's builder when it gave one.
    /// </summary>
    public ItemNeighbors ItemKnn => _itemKnn ??= _buildItemKnn?.Invoke() ?? CoOccurrence.Build(Bought, CoOccurrenceMeasure.Jaccard, Options.ItemKnnNeighbors, Options.Als.Threads);

    /// <summary>EASE's item × item weights, shared by the personal and the also-bought EASE candidates.</summary>
    public Ease.EaseWeights EaseWeights => _ease ??= FitEase();

    /// <summary>EASE's also-bought lists: each asked item's highest positive weights (<see cref="AlsoBoughtAsked"/>).</summary>
    public ItemNeighbors EaseNeighbors => _easeNeighbors ??= EaseWeights.Neighbors(Options.AlsoBoughtNeighbors, AlsoBoughtAsked, Options.Als.Threads);

    /// <summary>
    /// Order co-occurrence lists by <paramref name="scoring"/> of the asked items (<see cref="AlsoBoughtAsked"/>),
    /// kept once built: the first asked builds those of <see cref="OrderScorings"/> with it from one count of the pairs.
    /// </summary>
    public ItemNeighbors OrderNeighbors(CoOccurrenceScoring scoring)
    {
        if (_orderNeighbors is not null && _orderNeighbors.TryGetValue(scoring, out var built))
        {
            return built;
        }

        CoOccurrenceScoring[] scorings = _orderNeighbors is null ? [.. OrderScorings.Prepend(scoring).Distinct()] : [scoring];
        var lists = CoOccurrence.BuildEach(InteractionMatrix.OrderItems(History, Window), scorings, Options.AlsoBoughtNeighbors, Options.Als.Threads, asked: AlsoBoughtAsked);
        _orderNeighbors ??= [];
        for (var which = 0; which < scorings.Length; which++)
        {
            _orderNeighbors[scorings[which]] = lists[which];
        }

        return lists[0];
    }

    /// <summary>
    /// Forgets EASE's weights (fitted again if read after), its also-bought lists built first when the weights are
    /// there and <paramref name="keepLists"/>: an evaluation calls it once EASE is scored, so the dense item × item
    /// matrix (81 MB at 4,500 items) is not alive while the ALS factors and the other candidates are fitted and scored.
    /// </summary>
    public void ForgetEaseWeights(bool keepLists = true)
    {
        if (_ease is not null && keepLists)
        {
            _ = EaseNeighbors;
        }

        _ease = null;
    }

    private Ease.EaseWeights FitEase()
    {
        TrainingMemory.Release(); // what was scored before (a previous split's, a tuner's candidates) is dead; the dense item × item matrix would be laid on top of it
        return Ease.EaseWeights.Fit(Bought, Options.Ease.Lambda, Options.Ease.MaxItems, Options.Als.Threads);
    }

    /// <summary>The same inputs with other settings: shared parts that do not depend on the change are kept.</summary>
    public CandidateInputs With(RecommenderOptions options) =>
        new(History, Window, options, _bought) { _itemKnn = options.ItemKnnNeighbors == Options.ItemKnnNeighbors ? _itemKnn : null, _buildItemKnn = options.ItemKnnNeighbors == Options.ItemKnnNeighbors ? _buildItemKnn : null, _ease = options.Ease == Options.Ease ? _ease : null, _popularity = options.PopularityHalfLifeDays == Options.PopularityHalfLifeDays ? _popularity : null, AlsoBoughtAsked = AlsoBoughtAsked, OrderScorings = OrderScorings };
}

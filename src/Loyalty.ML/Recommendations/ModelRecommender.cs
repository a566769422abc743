using Loyalty.ML.Data.Events;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Answers;
using Loyalty.ML.Recommendations.Storage;

namespace Loyalty.ML.Recommendations;

/// <summary>
/// Serves every recommendation answer from a loaded <see cref="RecommenderModel"/>, by whichever methods training chose
/// (ALS, item-kNN, popularity, a blend, EASE for the personal lists; co-occurrence or factors for also-bought). Immutable and thread-safe;
/// scratch buffers come from the shared array pool. Unknown customers and items get popular items, marked as fallback.
/// </summary>
public sealed class ModelRecommender : IRecommender
{
    private readonly RecommenderModel _model;
    private readonly ItemSimilarity _similarity;
    private readonly AlsoBoughtRanker _alsoBought;
    private readonly CategoryMembers _categories;
    private readonly Lazy<CustomerFoldIn> _foldIn;
    private readonly QuantizedItems? _quantized;

    /// <summary>A recommender over <paramref name="model"/>; the fold-in solver is built on first use.</summary>
    public ModelRecommender(RecommenderModel model)
    {
        _model = model;
        _similarity = new ItemSimilarity(model.Factors);
        _quantized = model.Personal is Candidates.IFactorPart ? QuantizedItems.Build(model.Factors) : null;
        _alsoBought = new AlsoBoughtRanker(model, _similarity);

        _foldIn = new Lazy<CustomerFoldIn>(() => new CustomerFoldIn(model));
        _categories = new CategoryMembers(model.ItemCategory, model.Categories.Count);
    }

    private ModelRecommender(RecommenderModel model, ModelRecommender shared)
    {
        _model = model;
        _similarity = shared._similarity;
        _alsoBought = shared._alsoBought;
        _foldIn = shared._foldIn;
        _categories = shared._categories;
        _quantized = shared._quantized;
    }

    /// <summary>The model answers are served from.</summary>
    public RecommenderModel Model => _model;

    /// <inheritdoc />
    public DateTime AsOf => _model.AsOf;

    /// <inheritdoc />
    public IReadOnlyList<string> Customers => _model.Customers.Ids;

    /// <inheritdoc />
    public IReadOnlyList<string> Items => _model.Items.Ids;

    /// <summary>Loads the recommender of a bundle, or returns null when the bundle has none (item-less data).</summary>
    public static ModelRecommender? LoadIfPresent(string bundleDirectory)
    {
        var path = Path.Combine(bundleDirectory, RecommenderModelFile.FileName);
        return File.Exists(path) ? new ModelRecommender(RecommenderModelFile.Read(path)) : null;
    }

    /// <inheritdoc />
    public RecommendationResult Recommend(string customerId, RecommendationQuery query)
    {
        CheckCount(query.Count);
        if (!_model.Customers.TryGetIndex(customerId, out var customer))
        {
            return Popular(query.Count, ItemFilter.From(_model, query, -1).Accept);
        }

        var accept = ItemFilter.From(_model, query, customer, dropPurchased: query.Kind != RecommendationKind.BuyAgain).Accept;
        if (query.Kind == RecommendationKind.BuyAgain)
        {
            return new RecommendationResult(BuyAgainRanker.Top(_model, customer, query.Count, accept).ConvertAll(due => Reasons.ToAnswer(_model, due.Item, due.DueDate)));
        }

        var ranked = query.Kind switch
        {
            // Cross-sell keeps only items bought in the same orders, whatever candidate "also bought" serves.
            RecommendationKind.CrossSell => CrossSellRanker.Top(_model, _alsoBought, _similarity, customer, query.Count, accept),
            RecommendationKind.UpSell => UpSellRanker.ForCustomer(_model, _similarity, _categories, customer, query.Count, accept, _quantized),
            _ => PersonalRanker.Top(_model, _similarity, customer, query.Count, accept, _quantized),
        };
        return Answer(ranked);
    }

    /// <inheritdoc />
    public RecommendationResult Recommend(string customerId, IReadOnlyList<PurchaseEvent> recent, RecommendationQuery query)
    {
        CheckCount(query.Count);
        return recent.Count > 0 && FreshCustomer.Build(_model, _foldIn.Value, customerId, recent) is { } fresh
            ? new ModelRecommender(fresh, this).Recommend(customerId, query)
            : Recommend(customerId, query);
    }

    /// <inheritdoc />
    public RecommendationResult AlsoBought(string itemId, int count)
    {
        CheckCount(count);
        return _model.Items.TryGetIndex(itemId, out var item)
            ? Answer(_alsoBought.Top(item, count))
            : Popular(count, _ => true);
    }

    /// <summary>
    /// Factors of a customer who bought <paramref name="purchases"/> (item id, weight: 1 per purchase, less with age as
    /// the fit weighed it), solved against the fixed item factors without retraining; unknown items are left out.
    /// </summary>
    public float[] RecalculateCustomer(IEnumerable<(string ItemId, float Weight)> purchases) =>
        _foldIn.Value.Solve(purchases
            .Where(purchase => _model.Items.TryGetIndex(purchase.ItemId, out _))
            .Select(purchase => (_model.Items.TryGetIndex(purchase.ItemId, out var item) ? item : -1, purchase.Weight)));

    /// <inheritdoc />
    public RecommendationResult UpSell(string itemId, int count)
    {
        CheckCount(count);
        return _model.Items.TryGetIndex(itemId, out var item)
            ? Answer(UpSellRanker.ForItem(_model, _similarity, _categories, item, count, _ => true))
            : Popular(count, _ => true);
    }

    private RecommendationResult Answer(List<RankedItem> ranked) => new(ranked.ConvertAll(item => Reasons.ToAnswer(_model, item)));

    private RecommendationResult Popular(int count, Func<int, bool> accept) =>
        new(_alsoBought.Popular(count, accept).ConvertAll(item => Reasons.ToAnswer(_model, item)), RecommendationResult.PopularFallback);

    private static void CheckCount(int count) => ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
}

using Loyalty.ML.Data.Events;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Recommendations;

/// <summary>
/// Serves every recommendation answer from a loaded <see cref="RecommenderModel"/>. Immutable and thread-safe;
/// scratch buffers come from the shared array pool. Unknown customers and items get popular items, marked as fallback.
/// </summary>
public sealed class AlsRecommender : IRecommender
{
    private readonly RecommenderModel _model;
    private readonly ItemSimilarity _similarity;
    private readonly AlsoBoughtRanker _alsoBought;
    private readonly AlsoBoughtRanker _crossSell;
    private readonly CategoryMembers _categories;
    private readonly Lazy<CustomerFoldIn> _foldIn;

    /// <summary>A recommender over <paramref name="model"/>; the fold-in solver is built on first use.</summary>
    public AlsRecommender(RecommenderModel model)
    {
        _model = model;
        _similarity = new ItemSimilarity(model.Factors);
        _alsoBought = new AlsoBoughtRanker(model, _similarity);

        // Cross-sell keeps only co-occurring items, whatever method "also bought" serves.
        _crossSell = new AlsoBoughtRanker(model, _similarity, model.AlsoBoughtMethod == AlsoBoughtMethod.SignificantCoOccurrence ? AlsoBoughtMethod.SignificantCoOccurrence : AlsoBoughtMethod.CoOccurrence);
        _foldIn = new Lazy<CustomerFoldIn>(() => new CustomerFoldIn(model));
        _categories = new CategoryMembers(model.ItemCategory, model.Categories.Count);
    }

    private AlsRecommender(RecommenderModel model, AlsRecommender shared)
    {
        _model = model;
        _similarity = shared._similarity;
        _alsoBought = shared._alsoBought;
        _crossSell = shared._crossSell;
        _foldIn = shared._foldIn;
        _categories = shared._categories;
    }

    /// <summary>The model answers are served from.</summary>
    public RecommenderModel Model => _model;

    /// <summary>Loads the recommender of a bundle, or returns null when the bundle has none (item-less data).</summary>
    public static AlsRecommender? LoadIfPresent(string bundleDirectory)
    {
        var path = Path.Combine(bundleDirectory, RecommenderModelFile.FileName);
        return File.Exists(path) ? new AlsRecommender(RecommenderModelFile.Read(path)) : null;
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
            RecommendationKind.CrossSell => CrossSellRanker.Top(_model, _crossSell, _similarity, customer, query.Count, accept),
            RecommendationKind.UpSell => UpSellRanker.ForCustomer(_model, _similarity, _categories, customer, query.Count, accept),
            _ => PersonalRanker.Top(_model, _similarity, customer, query.Count, accept),
        };
        return Answer(ranked);
    }

    /// <summary>
    /// Top-N for a customer who made <paramref name="recent"/> purchases since the model was trained (fold-in, not
    /// retraining): factors re-solved with them, items just bought left out, buy-again counted from them; a customer
    /// the model never saw gets personal answers from their first purchase of a known item.
    /// </summary>
    public RecommendationResult Recommend(string customerId, IReadOnlyList<PurchaseEvent> recent, RecommendationQuery query)
    {
        CheckCount(query.Count);
        return recent.Count > 0 && FreshCustomer.Build(_model, _foldIn.Value, customerId, recent) is { } fresh
            ? new AlsRecommender(fresh, this).Recommend(customerId, query)
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

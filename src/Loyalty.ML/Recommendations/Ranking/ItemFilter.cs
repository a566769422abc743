using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Recommendations.Ranking;

/// <summary>The query's filters as one predicate over item indexes: category, price range, exclude list, already bought.</summary>
internal sealed class ItemFilter
{
    private const int NoCategory = -2;
    private readonly RecommenderModel _model;
    private readonly int? _category;
    private readonly double _minPrice;
    private readonly double _maxPrice;
    private readonly HashSet<int> _excluded;
    private readonly int _purchasesOf;

    private ItemFilter(RecommenderModel model, int? category, double minPrice, double maxPrice, HashSet<int> excluded, int purchasesOf)
    {
        _model = model;
        _category = category;
        _minPrice = minPrice;
        _maxPrice = maxPrice;
        _excluded = excluded;
        _purchasesOf = purchasesOf;
    }

    /// <summary>
    /// The filter of <paramref name="query"/>; items <paramref name="customer"/> bought are dropped when the query
    /// excludes purchases and <paramref name="dropPurchased"/> allows it (buy-again lists keep them).
    /// </summary>
    public static ItemFilter From(RecommenderModel model, RecommendationQuery query, int customer, bool dropPurchased = true)
    {
        int? category = query.Category is null ? null : model.Categories.TryGetIndex(query.Category, out var index) ? index : NoCategory;
        var excluded = new HashSet<int>();
        foreach (var id in query.ExcludeItems ?? [])
        {
            if (model.Items.TryGetIndex(id, out var item))
            {
                excluded.Add(item);
            }
        }

        var purchasesOf = dropPurchased && query.ExcludePurchased ? customer : -1;
        return new ItemFilter(model, category, query.MinPrice ?? double.NegativeInfinity, query.MaxPrice ?? double.PositiveInfinity, excluded, purchasesOf);
    }

    public bool Accept(int item) =>
        (_category is null || _model.ItemCategory[item] == _category)
        && _model.ItemPrice[item] >= _minPrice
        && _model.ItemPrice[item] <= _maxPrice
        && !_excluded.Contains(item)
        && (_purchasesOf < 0 || !_model.History.Bought(_purchasesOf, item));
}

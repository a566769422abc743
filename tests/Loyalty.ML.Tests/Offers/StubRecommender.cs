using Loyalty.ML.Data.Events;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Tests.Offers;

/// <summary>Answers each recommendation kind with fixed items, so offer rules can be checked on their own.</summary>
internal sealed class StubRecommender(Dictionary<RecommendationKind, string[]> itemsByKind) : IRecommender
{
    public DateTime AsOf => default;

    public IReadOnlyList<string> Customers => [];

    public IReadOnlyList<string> Items => [.. itemsByKind.Values.SelectMany(items => items).Distinct(StringComparer.Ordinal)];

    /// <summary>The purchases the last call with recent purchases was given.</summary>
    public IReadOnlyList<PurchaseEvent>? LastRecent { get; private set; }

    public RecommendationResult Recommend(string customerId, IReadOnlyList<PurchaseEvent> recent, RecommendationQuery query)
    {
        LastRecent = recent;
        return Recommend(customerId, query);
    }

    public RecommendationResult Recommend(string customerId, RecommendationQuery query) =>
        itemsByKind.TryGetValue(query.Kind, out var items)
            ? new RecommendationResult(items.Take(query.Count).Select((item, rank) => new RecommendedItem(item, 1.0 / (rank + 1), $"bought with {item}-base")).ToList())
            : new RecommendationResult([new RecommendedItem("popular-1", 1)], RecommendationResult.PopularFallback);

    public RecommendationResult AlsoBought(string itemId, int count) => new([]);

    public RecommendationResult UpSell(string itemId, int count) => new([]);
}

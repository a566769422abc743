using Loyalty.ML.Data.Events;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Recommendations;

/// <summary>
/// A recommender that answers one customer with the purchases they reported since training folded in, and everyone
/// else as <paramref name="inner"/> does: what the offer rules ask when they build item offers for that customer.
/// </summary>
internal sealed class CustomerRecommender(IRecommender inner, string customerId, IReadOnlyList<PurchaseEvent> recent) : IRecommender
{
    public DateTime AsOf => inner.AsOf;

    public IReadOnlyList<string> Customers => inner.Customers;

    public IReadOnlyList<string> Items => inner.Items;

    public RecommendationResult Recommend(string customer, RecommendationQuery query) =>
        customer == customerId ? inner.Recommend(customer, recent, query) : inner.Recommend(customer, query);

    public RecommendationResult Recommend(string customer, IReadOnlyList<PurchaseEvent> purchases, RecommendationQuery query) =>
        inner.Recommend(customer, purchases, query);

    public RecommendationResult AlsoBought(string itemId, int count) => inner.AlsoBought(itemId, count);

    public RecommendationResult UpSell(string itemId, int count) => inner.UpSell(itemId, count);
}

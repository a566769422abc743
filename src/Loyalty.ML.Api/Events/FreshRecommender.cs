using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Api.Events;

/// <summary>A recommender answering one customer with their reported purchases folded in: what the offer rules ask for item offers.</summary>
internal sealed class FreshRecommender(IRecommender inner, string customerId, CustomerEvents recent) : IRecommender
{
    /// <inheritdoc />
    public RecommendationResult Recommend(string customer, RecommendationQuery query) =>
        customer == customerId ? FreshAnswers.Recommend(inner, customer, recent, query) : inner.Recommend(customer, query);

    /// <inheritdoc />
    public RecommendationResult AlsoBought(string itemId, int count) => inner.AlsoBought(itemId, count);

    /// <inheritdoc />
    public RecommendationResult UpSell(string itemId, int count) => inner.UpSell(itemId, count);
}

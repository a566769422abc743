using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Api.Events;

/// <summary>A customer's recommendations with their reported purchases folded in, when there are any.</summary>
internal static class FreshAnswers
{
    /// <summary>The answer to <paramref name="query"/> as of the customer's latest events.</summary>
    public static RecommendationResult Recommend(IRecommender recommender, string customerId, CustomerEvents recent, RecommendationQuery query) =>
        recent.Purchases.Count > 0 && recommender is AlsRecommender als
            ? als.Recommend(customerId, recent.Purchases, query)
            : recommender.Recommend(customerId, query);
}

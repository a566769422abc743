using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Recommendations;

/// <summary>The recommendation answers of a loaded bundle. Thread-safe; unknown ids fall back to popular items.</summary>
public interface IRecommender
{
    /// <summary>Top-N for a customer of the kind the query asks for.</summary>
    RecommendationResult Recommend(string customerId, RecommendationQuery query);

    /// <summary>Items bought together with <paramref name="itemId"/>, never the item itself.</summary>
    RecommendationResult AlsoBought(string itemId, int count);

    /// <summary>Similar items at a higher price tier than <paramref name="itemId"/>.</summary>
    RecommendationResult UpSell(string itemId, int count);
}

using Loyalty.ML.Data.Events;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Recommendations;

/// <summary>The recommendation answers of a loaded bundle. Thread-safe; unknown ids fall back to popular items.</summary>
public interface IRecommender
{
    /// <summary>Date of the last purchase in the training data: reported purchases after it are new to the model.</summary>
    DateTime AsOf { get; }

    /// <summary>The customers the model was trained on, in its order: the ones it answers personally without recent purchases.</summary>
    IReadOnlyList<string> Customers { get; }

    /// <summary>The items the model knows, in its order: the ones it answers also-bought and up-sell for.</summary>
    IReadOnlyList<string> Items { get; }

    /// <summary>Top-N for a customer of the kind the query asks for.</summary>
    RecommendationResult Recommend(string customerId, RecommendationQuery query);

    /// <summary>
    /// Top-N for a customer who made <paramref name="recent"/> purchases since the model was trained (fold-in, not
    /// retraining): every candidate scores them with those purchases, items just bought are left out and buy-again
    /// counts them; a customer the model never saw gets personal answers from their first purchase of a known item.
    /// </summary>
    RecommendationResult Recommend(string customerId, IReadOnlyList<PurchaseEvent> recent, RecommendationQuery query);

    /// <summary>Items bought together with <paramref name="itemId"/>, never the item itself.</summary>
    RecommendationResult AlsoBought(string itemId, int count);

    /// <summary>Similar items at a higher price tier than <paramref name="itemId"/>.</summary>
    RecommendationResult UpSell(string itemId, int count);
}

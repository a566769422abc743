namespace Loyalty.ML.Recommendations.Answers;

/// <summary>What a customer recommendation list is for.</summary>
public enum RecommendationKind
{
    /// <summary>Personal top-N from the customer's factors.</summary>
    Personal,

    /// <summary>Complements of what the customer bought recently.</summary>
    CrossSell,

    /// <summary>A higher price tier of what the customer buys.</summary>
    UpSell,

    /// <summary>Items bought on a cycle that are due now.</summary>
    BuyAgain,
}

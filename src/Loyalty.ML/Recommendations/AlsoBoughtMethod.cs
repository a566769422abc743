namespace Loyalty.ML.Recommendations;

/// <summary>Where "also bought" lists come from; the training run keeps the one that scores best on validation.</summary>
public enum AlsoBoughtMethod
{
    /// <summary>Items sharing orders with the item (share of its orders), filled up by factor similarity, then popularity.</summary>
    CoOccurrence,

    /// <summary>Items closest in factor space (cosine), filled up by co-occurrence, then popularity.</summary>
    Factors,

    /// <summary>
    /// Co-occurrence seen in at least the minimum support of orders, scored by a shrunk conditional probability
    /// c(i,j) / (n(i) + shrinkage), so one shared basket does not make a pair; filled up by the item's category's
    /// popular items, then popularity.
    /// </summary>
    SignificantCoOccurrence,

    /// <summary>The most popular items.</summary>
    Popularity,

    /// <summary>The most popular items of the item's category, then the most popular of all.</summary>
    CategoryPopularity,

    /// <summary>The item's highest positive EASE weights (what buying it adds to other items' scores), filled up by the item's category's popular items, then popularity.</summary>
    Ease,
}

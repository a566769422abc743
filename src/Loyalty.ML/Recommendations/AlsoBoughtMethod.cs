namespace Loyalty.ML.Recommendations;

/// <summary>Where "also bought" lists come from; the training step keeps the one that scores best on the test orders.</summary>
public enum AlsoBoughtMethod
{
    /// <summary>Items sharing orders with the item (backfilled by factor similarity, then popularity).</summary>
    CoOccurrence,

    /// <summary>Items closest in factor space (cosine), then popularity.</summary>
    Factors,
}

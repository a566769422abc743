namespace Loyalty.ML.Churn;

/// <summary>
/// A customer's churn score as of the bundle's date: the calibrated probability of no purchase in the
/// next horizon, its band, readable reasons, and the customer's value.
/// </summary>
public sealed record ChurnScore(
    string CustomerId,
    double Probability,
    RiskBand Band,
    IReadOnlyList<string> Reasons,
    double ProbabilityAlive,
    double ExpectedPurchases,
    double Clv)
{
    /// <summary>The order scores are listed in: highest probability first, ties by customer id, a stable order for paging.</summary>
    public static int CompareByRisk(ChurnScore left, ChurnScore right)
    {
        var byProbability = right.Probability.CompareTo(left.Probability);
        return byProbability != 0 ? byProbability : string.CompareOrdinal(left.CustomerId, right.CustomerId);
    }
}

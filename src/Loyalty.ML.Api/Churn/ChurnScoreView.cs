namespace Loyalty.ML.Api.Churn;

/// <summary>One customer's churn score as the API shows it.</summary>
/// <param name="CustomerId">The customer's business id.</param>
/// <param name="Band">The risk band of the score: low, medium or high.</param>
/// <param name="Reasons">Up to three reasons in words, pointing the way of the score; none states a probability.</param>
/// <param name="Segment">The customer's RFM segment, when known.</param>
/// <param name="Probability">The churn score: the calibrated probability of no purchase in the horizon. The only probability the reasons speak for.</param>
/// <param name="ProbabilityAlive">BG/NBD's P(alive): a separate purchase-pattern model's figure, not the churn score (1 for a customer with one purchase day, by that model's construction).</param>
/// <param name="ExpectedPurchases">BG/NBD's expected purchases in the horizon: that model's figure, not the churn score's.</param>
/// <param name="Clv">Customer lifetime value from BG/NBD and Gamma-Gamma over the configured months.</param>
public sealed record ChurnScoreView(
    string CustomerId,
    double Probability,
    string Band,
    IReadOnlyList<string> Reasons,
    double ProbabilityAlive,
    double ExpectedPurchases,
    double Clv,
    string? Segment);

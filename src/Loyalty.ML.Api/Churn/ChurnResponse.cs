namespace Loyalty.ML.Api.Churn;

/// <summary>A customer's churn score with the horizon it speaks of, the model and the date it is as of.</summary>
/// <param name="CustomerId">The customer's business id.</param>
/// <param name="Band">The risk band of the score: low, medium or high.</param>
/// <param name="HorizonDays">H: the days without a purchase the score speaks of.</param>
/// <param name="Reasons">Up to three reasons in words, pointing the way of the score; none states a probability.</param>
/// <param name="Segment">The customer's RFM segment, when known.</param>
/// <param name="ModelVersion">The model version that scored the customer.</param>
/// <param name="AsOf">The day the score is as of (the model's last day, or the customer's latest reported purchase).</param>
/// <param name="Probability">The churn score: the calibrated probability of no purchase in the horizon. The only probability the reasons speak for.</param>
/// <param name="ProbabilityAlive">BG/NBD's P(alive): a separate purchase-pattern model's figure, not the churn score (1 for a customer with one purchase day, by that model's construction).</param>
/// <param name="ExpectedPurchases">BG/NBD's expected purchases in the horizon: that model's figure, not the churn score's.</param>
/// <param name="Clv">Customer lifetime value from BG/NBD and Gamma-Gamma over the configured months.</param>
public sealed record ChurnResponse(
    string CustomerId,
    double Probability,
    string Band,
    int HorizonDays,
    IReadOnlyList<string> Reasons,
    double ProbabilityAlive,
    double ExpectedPurchases,
    double Clv,
    string? Segment,
    string ModelVersion,
    DateOnly AsOf);

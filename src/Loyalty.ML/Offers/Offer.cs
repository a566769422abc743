namespace Loyalty.ML.Offers;

/// <summary>
/// One offer for one customer: what, on which items, how much (a percentage discount and/or a bonus
/// (cashback) value in the program's currency), through which channel, when, and why it was chosen.
/// </summary>
public sealed record Offer(
    OfferType Type,
    IReadOnlyList<string> Items,
    double DiscountPercent,
    double BonusValue,
    double BonusMultiplier,
    string Channel,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    string Reason,
    double Priority)
{
    /// <summary>A service message goes out without marketing consent; every other offer is marketing. Set by the offer's rule.</summary>
    public bool IsServiceMessage { get; init; }
}

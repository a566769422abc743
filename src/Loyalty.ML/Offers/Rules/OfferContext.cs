using Loyalty.ML.Recommendations;

namespace Loyalty.ML.Offers.Rules;

/// <summary>What a rule proposes from: the customer's facts, their recommendations, the day, and the program's defaults for every offer.</summary>
/// <param name="Customer">The customer's facts, segment and churn score.</param>
/// <param name="Recommender">Answers for the customer (with their recent purchases folded in), or null when there is no item model.</param>
/// <param name="Today">The day offers are made.</param>
/// <param name="Channel">The customer's preferred channel, else the program's default.</param>
/// <param name="ValidityDays">Days an offer stays valid from <paramref name="Today"/> unless its rule says otherwise.</param>
internal sealed record OfferContext(CustomerFacts Customer, IRecommender? Recommender, DateOnly Today, string Channel, int ValidityDays)
{
    /// <summary>
    /// An offer of <paramref name="rule"/>: its discount, bonus and priority (times <paramref name="weight"/>) unless
    /// given, on <paramref name="items"/>, from today to the program's validity or <paramref name="until"/>.
    /// </summary>
    internal Offer Offer(
        OfferRule rule, IReadOnlyList<string> items, string reason, double weight = 1, double? discount = null, DateOnly? until = null, double bonusMultiplier = 1) =>
        new(rule.Type, items, discount ?? rule.DiscountPercent, rule.BonusValue, bonusMultiplier, Channel, Today, until ?? Today.AddDays(ValidityDays), reason, rule.Priority * weight)
        {
            IsServiceMessage = rule.IsServiceMessage,
        };
}

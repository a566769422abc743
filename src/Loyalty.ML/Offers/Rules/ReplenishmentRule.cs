using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Offers.Rules;

/// <summary>Reminders for items due to be bought again: a service message, sent without marketing consent.</summary>
internal sealed class ReplenishmentRule : ItemOfferRule
{
    /// <summary>Creates the rule with its documented defaults.</summary>
    public ReplenishmentRule()
    {
        Priority = 3;
    }

    /// <summary>The type of its offers.</summary>
    public static OfferType OfferType { get; } = new("replenishment");

    internal override OfferType Type => OfferType;

    internal override bool IsServiceMessage => true;

    internal override RecommendationKind Kind => RecommendationKind.BuyAgain;

    internal override string Why => "due to be bought again";
}

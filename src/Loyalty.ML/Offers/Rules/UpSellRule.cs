using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Offers.Rules;

/// <summary>Higher tiers of what the customer buys, with a bonus.</summary>
internal sealed class UpSellRule : ItemOfferRule
{
    /// <summary>Creates the rule with its documented defaults.</summary>
    public UpSellRule()
    {
        Priority = 2;
        BonusValue = 50;
    }

    /// <summary>The type of its offers.</summary>
    public static OfferType OfferType { get; } = new("up_sell");

    internal override OfferType Type => OfferType;

    internal override RecommendationKind Kind => RecommendationKind.UpSell;

    internal override string Why => "a higher tier of what they buy";
}

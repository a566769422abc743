using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Offers.Rules;

/// <summary>Complements of recent purchases.</summary>
internal sealed class CrossSellRule : ItemOfferRule
{
    /// <summary>Creates the rule with its documented defaults.</summary>
    public CrossSellRule()
    {
        Priority = 3;
        DiscountPercent = 5;
    }

    /// <summary>The type of its offers.</summary>
    public static OfferType OfferType { get; } = new("cross_sell");

    internal override OfferType Type => OfferType;

    internal override RecommendationKind Kind => RecommendationKind.CrossSell;

    internal override string Why => "complements of recent purchases";
}

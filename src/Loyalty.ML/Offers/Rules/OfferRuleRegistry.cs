namespace Loyalty.ML.Offers.Rules;

/// <summary>
/// Every offer rule, registered here and only here, with its default settings. The order is the order offers of equal
/// priority are ranked in, the offer-rules file lists sections in and metrics list offer types in.
/// </summary>
internal static class OfferRuleRegistry
{
    /// <summary>A fresh instance of every rule with its documented defaults.</summary>
    public static IReadOnlyList<OfferRule> Defaults() =>
    [
        new WinBackRule(),
        new CrossSellRule(),
        new UpSellRule(),
        new ReplenishmentRule(),
        new BirthdayRule(),
        new AnniversaryRule(),
        new NewCustomerRule(),
        new VipRule(),
        new SecondPurchaseRule(),
    ];

    /// <summary>Every rule's offer type, in registration order.</summary>
    public static IReadOnlyList<OfferType> Types { get; } = [.. Defaults().Select(rule => rule.Type)];

    /// <summary>The registration rank of <paramref name="type"/>; unregistered types (a default value) rank last.</summary>
    public static int RankOf(OfferType type)
    {
        for (var rank = 0; rank < Types.Count; rank++)
        {
            if (Types[rank] == type)
            {
                return rank;
            }
        }

        return int.MaxValue;
    }
}

namespace Loyalty.ML.Offers.Campaigns.Measurement;

/// <summary>What one customer of a campaign did after their campaign day.</summary>
/// <param name="Group">Treatment or control.</param>
/// <param name="OfferType">The type of their best offer: the stratum they are measured in.</param>
/// <param name="ValidityDays">Days from the campaign day to the offer's last valid day.</param>
/// <param name="DiscountPercent">The largest discount among their offers.</param>
/// <param name="BonusValue">The bonuses of their offers, summed.</param>
/// <param name="FirstPurchaseDay">Days from the campaign day to their first purchase after it; null when none.</param>
/// <param name="Revenue">Their revenue within the report's revenue window.</param>
/// <param name="FirstSpendInValidity">Their spend on their first purchase day within the validity.</param>
internal readonly record struct CustomerOutcome(
    CampaignGroup Group,
    OfferType OfferType,
    int ValidityDays,
    double DiscountPercent,
    double BonusValue,
    int? FirstPurchaseDay,
    double Revenue,
    double FirstSpendInValidity)
{
    public bool BoughtWithin(int days) => FirstPurchaseDay is { } first && first <= days;

    /// <summary>
    /// Expected cost when redemptions are not recorded: a treated customer who bought within the validity redeemed
    /// the offer once, on their first purchase day there.
    /// </summary>
    public double Cost => Group == CampaignGroup.Treatment && BoughtWithin(ValidityDays)
        ? (DiscountPercent / 100 * FirstSpendInValidity) + BonusValue
        : 0;
}

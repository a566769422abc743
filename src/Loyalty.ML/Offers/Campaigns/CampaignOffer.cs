namespace Loyalty.ML.Offers.Campaigns;

/// <summary>An offer with the campaign it belongs to and the customer's group there.</summary>
/// <param name="Offer">The offer the rules made.</param>
/// <param name="Campaign">The campaign: the one named, or the offer type's default campaign.</param>
/// <param name="Group">Control offers are recorded but not sent.</param>
public sealed record CampaignOffer(Offer Offer, string Campaign, CampaignGroup Group)
{
    /// <summary>The row recording this offer, ranked <paramref name="rank"/> in the list of <paramref name="customerId"/>.</summary>
    public CampaignAssignment ToAssignment(string customerId, int rank) => new(
        Campaign, customerId, Group, Offer.Type, rank, Offer.ValidFrom, Offer.ValidUntil, Offer.DiscountPercent, Offer.BonusValue);
}

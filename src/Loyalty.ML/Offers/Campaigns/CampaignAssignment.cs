namespace Loyalty.ML.Offers.Campaigns;

/// <summary>
/// One offer of one customer in a campaign, and the customer's group: for control, the offer they would have got and
/// were not sent. A customer with several offers in a campaign has one row per offer, all in the same group.
/// </summary>
/// <param name="Campaign">The campaign's name.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="Group">Treatment (sent) or control (held out).</param>
/// <param name="OfferType">The offer.</param>
/// <param name="Rank">The offer's rank in the customer's list, 1 for the best.</param>
/// <param name="Day">The day the campaign made the offer.</param>
/// <param name="ValidUntil">The last day of the offer's validity.</param>
/// <param name="DiscountPercent">Its discount in percent.</param>
/// <param name="BonusValue">The bonus (cashback) it grants.</param>
public sealed record CampaignAssignment(
    string Campaign,
    string CustomerId,
    CampaignGroup Group,
    OfferType OfferType,
    int Rank,
    DateOnly Day,
    DateOnly ValidUntil,
    double DiscountPercent,
    double BonusValue);

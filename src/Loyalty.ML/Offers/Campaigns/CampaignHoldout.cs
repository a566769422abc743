namespace Loyalty.ML.Offers.Campaigns;

/// <summary>
/// Puts a customer's offers into campaigns and groups. A named campaign holds out the customer as a whole (every
/// offer of a control customer is withheld), at the share set for the campaign or else for the type of their best
/// offer; without a name each offer goes to its type's default campaign (named as the type, e.g. <c>win_back</c>).
/// </summary>
public static class CampaignHoldout
{
    /// <summary>The default campaign of offers of <paramref name="type"/> exported or served without a campaign name.</summary>
    public static string DefaultCampaign(OfferType type) => type.Name;

    /// <summary>The offers of <paramref name="customerId"/>, in their order, each with its campaign and group.</summary>
    public static IReadOnlyList<CampaignOffer> Assign(string customerId, IReadOnlyList<Offer> offers, string? campaign, HoldoutRules rules)
    {
        if (offers.Count == 0)
        {
            return [];
        }

        if (campaign is not null)
        {
            var group = CampaignAssigner.GroupOf(campaign, customerId, rules.ShareFor(campaign, offers[0].Type));
            return [.. offers.Select(offer => new CampaignOffer(offer, campaign, group))];
        }

        return [.. offers.Select(offer =>
        {
            var name = DefaultCampaign(offer.Type);
            return new CampaignOffer(offer, name, CampaignAssigner.GroupOf(name, customerId, rules.ShareFor(name, offer.Type)));
        })];
    }
}

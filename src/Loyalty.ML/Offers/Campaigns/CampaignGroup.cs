namespace Loyalty.ML.Offers.Campaigns;

/// <summary>Which side of a campaign's holdout a customer is on.</summary>
public enum CampaignGroup
{
    /// <summary>Sent the offer.</summary>
    Treatment,

    /// <summary>Held out: recorded with the offer they would have got, and not sent it.</summary>
    Control,
}

namespace Loyalty.ML.Data.Events;

/// <summary>What happened to an offer.</summary>
public enum OfferAction
{
    /// <summary>Sent to the customer: counts as an offer of the period.</summary>
    Issued,

    /// <summary>Used by the customer at a till or in a shop.</summary>
    Redeemed,
}

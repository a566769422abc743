namespace Loyalty.ML.Offers;

/// <summary>Offers a customer already received: how many in the current limit period and the bonus value granted this month.</summary>
public sealed record CustomerOfferState(int OffersInPeriod, double BonusThisMonth)
{
    /// <summary>A customer who received nothing yet.</summary>
    public static CustomerOfferState None { get; } = new(0, 0);
}

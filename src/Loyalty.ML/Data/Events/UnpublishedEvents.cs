namespace Loyalty.ML.Data.Events;

/// <summary>Stored events not yet seen on the shared stream, oldest first.</summary>
/// <param name="Purchases">Unpublished purchases.</param>
/// <param name="Offers">Unpublished offer events.</param>
public sealed record UnpublishedEvents(IReadOnlyList<PurchaseEvent> Purchases, IReadOnlyList<OfferEvent> Offers)
{
    /// <summary>Number of events.</summary>
    public int Count => Purchases.Count + Offers.Count;
}

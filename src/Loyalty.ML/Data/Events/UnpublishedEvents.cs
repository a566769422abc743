namespace Loyalty.ML.Data.Events;

/// <summary>Stored events not yet seen on the shared stream, oldest first.</summary>
/// <param name="Purchases">Unpublished purchases.</param>
/// <param name="Offers">Unpublished offer events.</param>
/// <param name="Last">The last row read of each kind (where the next batch of a drain starts after).</param>
public sealed record UnpublishedEvents(IReadOnlyList<PurchaseEvent> Purchases, IReadOnlyList<OfferEvent> Offers, OutboxHorizon Last)
{
    /// <summary>Number of events.</summary>
    public int Count => Purchases.Count + Offers.Count;
}

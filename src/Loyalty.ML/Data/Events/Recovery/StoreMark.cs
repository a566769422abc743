namespace Loyalty.ML.Data.Events.Recovery;

/// <summary>Which store, and the last row of each table it had committed.</summary>
/// <param name="StoreId">The store's id (<see cref="EventStore.StoreId"/>).</param>
/// <param name="Written">The last purchase and offer event rows committed.</param>
public sealed record StoreMark(string StoreId, OutboxHorizon Written)
{
    /// <summary>True when the store committed any event.</summary>
    public bool HeldEvents => Written.PurchaseSeq > 0 || Written.OfferSeq > 0;
}

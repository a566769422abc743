namespace Loyalty.ML.Data.Events;

/// <summary>
/// The last stored row of each table at one moment. Republishing only unpublished rows up to an earlier horizon leaves
/// alone the events whose first stream write may still be in flight.
/// </summary>
/// <param name="PurchaseSeq">Sequence number of the last stored purchase (0 for none).</param>
/// <param name="OfferSeq">Sequence number of the last stored offer event (0 for none).</param>
public readonly record struct OutboxHorizon(long PurchaseSeq, long OfferSeq);

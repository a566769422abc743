using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Api.Events;

/// <summary>
/// The ordered log replicas apply events from (a Redis Stream when Redis is configured). Publishing never throws: the
/// embedded store is the durable record and its outbox writes a failed batch again later, so a failed write is counted
/// and reported to the caller, not turned into a failed request.
/// </summary>
internal interface IEventStream
{
    /// <summary>True when other replicas read what is published: stored events then wait in the outbox until seen on it.</summary>
    bool IsShared { get; }

    /// <summary>Appends newly stored events, purchases then offers, in batch order; returns null, or why the write failed.</summary>
    Task<string?> PublishAsync(IReadOnlyList<PurchaseEvent> purchases, IReadOnlyList<OfferEvent> offers);
}

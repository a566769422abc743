using System.Collections.Immutable;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Api.Events;

/// <summary>
/// What one customer reported since the served model's last day, replaced whole on every new event so a request reads
/// one consistent set. The generation is part of the customer's cache keys: a new event means new keys.
/// </summary>
internal sealed record CustomerEvents(ImmutableList<PurchaseEvent> Purchases, ImmutableList<OfferEvent> Offers)
{
    /// <summary>A customer with no events.</summary>
    public static CustomerEvents None { get; } = new([], []);

    /// <summary>Number of events applied: changes with every one.</summary>
    public int Generation => Purchases.Count + Offers.Count;
}

namespace Loyalty.ML.Data.Events;

/// <summary>
/// One purchase line reported by a till or shop as it happens: the same fields as a transactions file line, with the
/// event id that makes a retry harmless. A negative quantity is a return.
/// </summary>
/// <param name="EventId">The idempotency key: a line with an id already stored is applied once.</param>
/// <param name="CustomerId">Business id of the customer.</param>
/// <param name="ItemId">Business id of the item, or null for customer-level data (amounts only).</param>
/// <param name="Quantity">Units bought; negative for a return.</param>
/// <param name="UnitPrice">Price of one unit.</param>
/// <param name="Timestamp">When the purchase happened.</param>
/// <param name="OrderId">The order (basket) the line belongs to.</param>
/// <param name="Channel">Optional sales channel.</param>
/// <param name="Store">Optional store.</param>
public sealed record PurchaseEvent(
    string EventId,
    string CustomerId,
    string? ItemId,
    double Quantity,
    double UnitPrice,
    DateTimeOffset Timestamp,
    string OrderId,
    string? Channel = null,
    string? Store = null)
{
    /// <summary>The UTC day the purchase happened on.</summary>
    public DateOnly Day => DateOnly.FromDateTime(Timestamp.UtcDateTime);

    /// <summary>True for a return (negative quantity).</summary>
    public bool IsReturn => Quantity < 0;
}

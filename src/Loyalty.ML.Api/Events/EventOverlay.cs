using System.Collections.Concurrent;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Api.Events;

/// <summary>
/// The events applied on top of one model version: those dated after its last day (earlier ones are in its training
/// data or too late for it). Written under the ingestor's lock, read lock-free.
/// </summary>
internal sealed class EventOverlay(string version, DateOnly lastDay) : IRecentEvents
{
    private readonly ConcurrentDictionary<string, CustomerEvents> _byCustomer = new(StringComparer.Ordinal);
    private long _purchases;
    private long _offers;
    private int _customersWithPurchases;

    /// <summary>The model version the overlay belongs to.</summary>
    public string Version { get; } = version;

    /// <summary>The model's last day: events on or before it are not applied.</summary>
    public DateOnly LastDay { get; } = lastDay;

    /// <summary>Purchase lines applied.</summary>
    public long Purchases => Interlocked.Read(ref _purchases);

    /// <summary>Offer events applied.</summary>
    public long Offers => Interlocked.Read(ref _offers);

    /// <summary>Customers with at least one purchase applied.</summary>
    public int CustomersWithPurchases => Volatile.Read(ref _customersWithPurchases);

    /// <summary>The ids of the customers with at least one purchase applied.</summary>
    public IEnumerable<string> CustomerIdsWithPurchases() =>
        _byCustomer.Where(pair => pair.Value.Purchases.Count > 0).Select(pair => pair.Key);

    /// <summary>The customer's events (none when they reported nothing).</summary>
    public CustomerEvents For(string customerId) => _byCustomer.GetValueOrDefault(customerId, CustomerEvents.None);

    /// <summary>Applies one purchase; false when it is dated on or before <see cref="LastDay"/>.</summary>
    public bool Apply(PurchaseEvent purchase)
    {
        if (purchase.Day <= LastDay)
        {
            return false;
        }

        var events = For(purchase.CustomerId);
        if (events.Purchases.Count == 0)
        {
            Interlocked.Increment(ref _customersWithPurchases);
        }

        _byCustomer[purchase.CustomerId] = events.With(purchase);
        Interlocked.Increment(ref _purchases);
        return true;
    }

    /// <summary>Applies one offer event; false when it is dated on or before <see cref="LastDay"/>.</summary>
    public bool Apply(OfferEvent offer)
    {
        if (offer.Day <= LastDay)
        {
            return false;
        }

        var events = For(offer.CustomerId);
        _byCustomer[offer.CustomerId] = events.With(offer);
        Interlocked.Increment(ref _offers);
        return true;
    }
}

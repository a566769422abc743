namespace Loyalty.ML.Data.Events;

/// <summary>
/// The events reported since one model's last day, per customer: what serving keeps on top of a model until the next
/// training run takes them as data. A customer's <see cref="CustomerEvents"/> is replaced whole on every new event.
/// </summary>
public interface IRecentEvents
{
    /// <summary>Purchase lines applied: changes with every one, so it tells whether anything built from them is current.</summary>
    long Purchases { get; }

    /// <summary>Customers with at least one purchase applied.</summary>
    int CustomersWithPurchases { get; }

    /// <summary>The ids of the customers with at least one purchase applied.</summary>
    IEnumerable<string> CustomerIdsWithPurchases();

    /// <summary>The customer's events (none when they reported nothing).</summary>
    CustomerEvents For(string customerId);
}

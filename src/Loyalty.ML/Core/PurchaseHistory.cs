namespace Loyalty.ML.Core;

/// <summary>
/// The accepted purchase history every model trains on: purchases and returns as compact columns,
/// the id maps that turn indexes back into business ids, and the optional catalog and customer data.
/// </summary>
public sealed class PurchaseHistory
{
    internal PurchaseHistory(
        IdMap customers,
        IdMap items,
        TransactionLines purchases,
        TransactionLines returns,
        ItemCatalog catalog,
        IReadOnlyDictionary<string, CustomerProfile>? profiles)
    {
        Customers = customers;
        Items = items;
        Purchases = purchases;
        Returns = returns;
        Catalog = catalog;
        Profiles = profiles;
        if (purchases.Count > 0)
        {
            FirstTime = purchases.Time[0];
            LastTime = purchases.Time[0];
            for (var line = 0; line < purchases.Count; line++)
            {
                var time = purchases.Time[line];
                FirstTime = time < FirstTime ? time : FirstTime;
                LastTime = time > LastTime ? time : LastTime;
            }
        }
    }

    /// <summary>Customers by index.</summary>
    public IdMap Customers { get; }

    /// <summary>Items by index; empty when the source has no item column.</summary>
    public IdMap Items { get; }

    /// <summary>Accepted purchase lines.</summary>
    public TransactionLines Purchases { get; }

    /// <summary>Return and cancellation lines, kept apart for features such as the return ratio.</summary>
    public TransactionLines Returns { get; }

    /// <summary>Item names, categories and prices; empty when the source has no items.</summary>
    internal ItemCatalog Catalog { get; }

    /// <summary>Customer master data by customer id, when given.</summary>
    public IReadOnlyDictionary<string, CustomerProfile>? Profiles { get; }

    /// <summary>True when lines name items, so the item-level models can train.</summary>
    public bool HasItems => Items.Count > 0;

    /// <summary>Time of the first purchase.</summary>
    public DateTime FirstTime { get; }

    /// <summary>Time of the last purchase: the "as of" date of everything trained on this history.</summary>
    public DateTime LastTime { get; }
}

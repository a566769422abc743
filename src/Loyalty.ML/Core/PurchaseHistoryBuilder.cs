namespace Loyalty.ML.Core;

/// <summary>
/// Collects accepted rows into a <see cref="PurchaseHistory"/>. Readers call it row by row, so memory
/// holds only the compact columns, never the source rows.
/// </summary>
public sealed class PurchaseHistoryBuilder
{
    private readonly IdMap _customers = new();
    private readonly IdMap _items = new();
    private readonly Dictionary<(int Customer, ulong IdHash), int> _orders = [];
    private readonly Dictionary<(int Customer, long Ticks), int> _derivedOrders = [];
    private readonly RecentId _recentCustomer = new();
    private readonly RecentId _recentOrder = new();
    private int _recentOrderCustomer = -1;
    private readonly TransactionLines _purchases = new();
    private readonly TransactionLines _returns = new();
    private readonly Dictionary<int, CatalogEntry> _catalog = [];
    private bool _built;
    private readonly Dictionary<string, CustomerProfile> _profiles = new(StringComparer.Ordinal);

    /// <summary>Adds a purchase line. Without an order id, lines of one customer at one time form an order.</summary>
    public void AddPurchase(string customerId, string? itemId, string? orderId, DateTime time, float quantity, float unitPrice, string? itemName = null) =>
        Add(_purchases, customerId, itemId, orderId, time, quantity, unitPrice, itemName);

    /// <summary>Adds a return or cancellation line (quantity given as a positive number).</summary>
    public void AddReturn(string customerId, string? itemId, string? orderId, DateTime time, float quantity, float unitPrice) =>
        Add(_returns, customerId, itemId, orderId, time, Math.Abs(quantity), unitPrice, itemName: null);

    /// <summary>
    /// Adds or completes a catalog entry for an item; <paramref name="unitSize"/> counts <paramref name="unit"/>s per item,
    /// <paramref name="url"/> and <paramref name="imageUrl"/> are the item's page and picture for tiles.
    /// </summary>
    public void AddCatalogItem(string itemId, string? name, string? category, float? price, float? unitSize = null, string? unit = null, string? url = null, string? imageUrl = null)
    {
        var entry = Entry(_items.GetOrAdd(itemId));
        entry.Name = name ?? entry.Name;
        entry.Category = category ?? entry.Category;
        entry.ListPrice = price ?? entry.ListPrice;
        entry.UnitSize = unitSize ?? entry.UnitSize;
        entry.Unit = unit ?? entry.Unit;
        entry.Url = url ?? entry.Url;
        entry.ImageUrl = imageUrl ?? entry.ImageUrl;
    }

    /// <summary>Adds customer master data; a later row for the same customer replaces an earlier one.</summary>
    public void AddProfile(CustomerProfile profile) => _profiles[profile.CustomerId] = profile;

    /// <summary>Makes room for about <paramref name="lines"/> purchase lines, when a reader can estimate them.</summary>
    internal void ReservePurchases(long lines) => _purchases.EnsureCapacity((int)Math.Min(lines, Array.MaxLength));

    /// <summary>Time of the latest purchase added so far, or null before the first.</summary>
    internal DateTime? LastPurchaseTime()
    {
        DateTime? last = null;
        for (var line = 0; line < _purchases.Count; line++)
        {
            last = last is { } seen && seen >= _purchases.Time[line] ? seen : _purchases.Time[line];
        }

        return last;
    }

    /// <summary>Freezes what was added into a history.</summary>
    public PurchaseHistory Build()
    {
        // The order keys serve loading only; released before the columns are trimmed, the load's largest moment.
        _orders.Clear();
        _orders.TrimExcess();
        _derivedOrders.Clear();
        _derivedOrders.TrimExcess();
        _built = true;
        _purchases.TrimIfWasteful();
        _returns.TrimIfWasteful();
        return new PurchaseHistory(_customers, _items, _purchases, _returns, BuildCatalog(), _profiles.Count > 0 ? _profiles : null);
    }

    /// <summary>
    /// Adds a purchase or return from spans, so a reader interns ids without allocating a string per
    /// field. An empty <paramref name="orderId"/> means "no order id"; <paramref name="itemId"/> is used
    /// only when <paramref name="hasItem"/>.
    /// </summary>
    internal void AddLine(bool isReturn, ReadOnlySpan<char> customerId, bool hasItem, ReadOnlySpan<char> itemId, ReadOnlySpan<char> orderId, DateTime time, float quantity, float unitPrice, ReadOnlySpan<char> itemName)
    {
        ThrowIfBuilt();
        var customer = _recentCustomer.TryGet(customerId, out var known) ? known : _recentCustomer.Remember(customerId, _customers.GetOrAdd(customerId));
        var item = hasItem ? _items.GetOrAdd(itemId) : -1;
        var order = orderId.IsEmpty ? DerivedOrder(customer, time)
            : _recentOrderCustomer == customer && _recentOrder.TryGet(orderId, out var recent) ? recent
            : RememberOrder(customer, orderId);
        if (isReturn)
        {
            _returns.Add(customer, item, order, time, Math.Abs(quantity), unitPrice);
            return;
        }

        _purchases.Add(customer, item, order, time, quantity, unitPrice);
        if (item >= 0 && !itemName.IsEmpty && Entry(item) is { Name: null } entry)
        {
            entry.Name = itemName.ToString();
        }
    }

    // Orders are per customer: the cache of the last order id serves only lines of the customer it was looked up for.
    private int RememberOrder(int customer, ReadOnlySpan<char> orderId)
    {
        _recentOrderCustomer = customer;
        return _recentOrder.Remember(orderId, ExplicitOrder(customer, orderId));
    }

    private void Add(TransactionLines lines, string customerId, string? itemId, string? orderId, DateTime time, float quantity, float unitPrice, string? itemName)
    {
        ThrowIfBuilt();
        var customer = _customers.GetOrAdd(customerId);
        var item = itemId is null ? -1 : _items.GetOrAdd(itemId);
        var order = orderId is null ? DerivedOrder(customer, time) : ExplicitOrder(customer, orderId);
        lines.Add(customer, item, order, time, quantity, unitPrice);
        if (item >= 0 && itemName is not null && Entry(item).Name is null)
        {
            Entry(item).Name = itemName;
        }
    }

    // Build released the order keys: a line added after it could not find its order.
    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("The history was already built; a builder takes no lines after Build.");
        }
    }

    /// <summary>
    /// Order ids are only told apart, never read back, so they are kept as a 64-bit hash scoped to the
    /// customer: no string per order, and a collision would need two ids of one customer to clash.
    /// </summary>
    private int ExplicitOrder(int customer, ReadOnlySpan<char> orderId)
    {
        var key = (customer, Fnv1a(orderId));
        if (!_orders.TryGetValue(key, out var order))
        {
            order = _orders.Count + _derivedOrders.Count;
            _orders.Add(key, order);
        }

        return order;
    }

    private static ulong Fnv1a(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var character in text)
        {
            hash = (hash ^ character) * 1099511628211UL;
        }

        return hash;
    }

    private int DerivedOrder(int customer, DateTime time)
    {
        if (!_derivedOrders.TryGetValue((customer, time.Ticks), out var order))
        {
            order = _orders.Count + _derivedOrders.Count;
            _derivedOrders.Add((customer, time.Ticks), order);
        }

        return order;
    }

    private CatalogEntry Entry(int item)
    {
        if (!_catalog.TryGetValue(item, out var entry))
        {
            entry = new CatalogEntry();
            _catalog.Add(item, entry);
        }

        return entry;
    }

    private ItemCatalog BuildCatalog()
    {
        var count = _items.Count;
        var names = new string?[count];
        var category = new int[count];
        var price = new float[count];
        var unitSize = new float[count];
        var unit = new string?[count];
        var url = new string?[count];
        var imageUrl = new string?[count];
        var categories = new IdMap();
        var soldPrices = MedianSoldPrices(count);
        for (var item = 0; item < count; item++)
        {
            _catalog.TryGetValue(item, out var entry);
            names[item] = entry?.Name;
            category[item] = entry?.Category is { } name ? categories.GetOrAdd(name) : -1;
            price[item] = entry?.ListPrice ?? soldPrices[item];
            unitSize[item] = entry?.UnitSize ?? 0;
            unit[item] = entry?.Unit;
            url[item] = entry?.Url;
            imageUrl[item] = entry?.ImageUrl;
        }

        return new ItemCatalog(names, category, price, categories) { UnitSize = unitSize, Unit = unit, Url = url, ImageUrl = imageUrl };
    }

    /// <summary>Median sold price per item: prices grouped by item in one array (counting sort), each group sorted in place.</summary>
    private float[] MedianSoldPrices(int itemCount)
    {
        var start = new int[itemCount + 1];
        for (var line = 0; line < _purchases.Count; line++)
        {
            if (_purchases.Item[line] >= 0)
            {
                start[_purchases.Item[line] + 1]++;
            }
        }

        for (var item = 0; item < itemCount; item++)
        {
            start[item + 1] += start[item];
        }

        var prices = new float[start[itemCount]];
        var next = start[..itemCount];
        for (var line = 0; line < _purchases.Count; line++)
        {
            if (_purchases.Item[line] is var item and >= 0)
            {
                prices[next[item]++] = _purchases.UnitPrice[line];
            }
        }

        var medians = new float[itemCount];
        for (var item = 0; item < itemCount; item++)
        {
            var sold = prices.AsSpan(start[item], start[item + 1] - start[item]);
            if (!sold.IsEmpty)
            {
                sold.Sort();
                medians[item] = sold[sold.Length / 2];
            }
        }

        return medians;
    }

    private sealed class CatalogEntry
    {
        public string? Name { get; set; }

        public string? Category { get; set; }

        public float? ListPrice { get; set; }

        public float? UnitSize { get; set; }

        public string? Unit { get; set; }

        public string? Url { get; set; }

        public string? ImageUrl { get; set; }
    }
}

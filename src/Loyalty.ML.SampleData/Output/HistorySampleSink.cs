using Loyalty.ML.Core;
using Loyalty.ML.SampleData.Simulation;

namespace Loyalty.ML.SampleData.Output;

/// <summary>Feeds generated data straight into a <see cref="PurchaseHistoryBuilder"/>, for tests that need a history without files.</summary>
internal sealed class HistorySampleSink(SampleIds ids) : ISampleSink
{
    private readonly List<SampleCustomer> _customers = [];
    private readonly Dictionary<int, string> _itemIds = [];
    private (int Index, string Id) _lastCustomer = (-1, string.Empty);
    private (long Number, string Id) _lastOrder = (-1, string.Empty);

    public PurchaseHistoryBuilder Builder { get; } = new();

    public IReadOnlyList<SampleCustomer> Customers => _customers;

    public void AddItem(string itemId, string name, string category, int priceCents) =>
        Builder.AddCatalogItem(itemId, name, category, priceCents / 100f, url: SampleFiles.ItemUrl(itemId), imageUrl: SampleFiles.ItemImageUrl(itemId));

    public void AddCustomer(SampleCustomer customer)
    {
        _customers.Add(customer);
        Builder.AddProfile(new CustomerProfile(
            customer.CustomerId, customer.Name, customer.Birthday, customer.SignupDate, customer.PreferredChannel, customer.MarketingConsent));
    }

    public void AddLine(in SampleLine line)
    {
        // Lines arrive customer by customer and order by order, so these caches save the strings of most lines.
        if (_lastCustomer.Index != line.Customer)
        {
            _lastCustomer = (line.Customer, ids.Customer(line.Customer));
        }

        var customer = _lastCustomer.Id;
        if (!_itemIds.TryGetValue(line.ItemNumber, out var item))
        {
            item = ids.Item(line.ItemNumber);
            _itemIds.Add(line.ItemNumber, item);
        }

        var orderKey = line.Quantity < 0 ? -line.Order : line.Order;
        if (_lastOrder.Number != orderKey)
        {
            _lastOrder = (orderKey, SampleIds.Order(line.Order, line.Quantity < 0));
        }

        var order = _lastOrder.Id;
        if (line.Quantity < 0)
        {
            Builder.AddReturn(customer, item, order, line.Time, -line.Quantity, line.UnitPriceCents / 100f);
        }
        else
        {
            Builder.AddPurchase(customer, item, order, line.Time, line.Quantity, line.UnitPriceCents / 100f);
        }
    }
}

namespace Loyalty.ML.Data.Generation;

/// <summary>Feeds generated data straight into a <see cref="PurchaseHistoryBuilder"/>, for tests that need a history without files.</summary>
internal sealed class HistorySampleSink(SampleIds ids) : ISampleSink
{
    private readonly List<SampleCustomer> _customers = [];

    public PurchaseHistoryBuilder Builder { get; } = new();

    public IReadOnlyList<SampleCustomer> Customers => _customers;

    public void AddItem(string itemId, string name, string category, int priceCents) =>
        Builder.AddCatalogItem(itemId, name, category, priceCents / 100f);

    public void AddCustomer(SampleCustomer customer)
    {
        _customers.Add(customer);
        Builder.AddProfile(new CustomerProfile(
            customer.CustomerId, customer.Name, customer.Birthday, customer.SignupDate, customer.PreferredChannel, customer.MarketingConsent));
    }

    public void AddLine(in SampleLine line)
    {
        var customer = ids.Customer(line.Customer);
        var item = ids.Item(line.ItemNumber);
        var order = SampleIds.Order(line.Order, line.Quantity < 0);
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

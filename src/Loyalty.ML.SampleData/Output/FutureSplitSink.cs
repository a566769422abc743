using Loyalty.ML.Data.Events;
using Loyalty.ML.SampleData.Simulation;

namespace Loyalty.ML.SampleData.Output;

/// <summary>
/// Passes the catalog, the customers and the lines before <paramref name="cutoff"/> on to <paramref name="history"/>, and
/// keeps the lines from the cutoff on as the purchase events a till would report: the history's future.
/// </summary>
internal sealed class FutureSplitSink(ISampleSink history, SampleIds ids, DateTime cutoff) : ISampleSink
{
    private readonly List<PurchaseEvent> _future = [];

    /// <summary>The lines from the cutoff on, in time order.</summary>
    public IReadOnlyList<PurchaseEvent> Future => [.. _future.OrderBy(purchase => purchase.Timestamp).ThenBy(purchase => purchase.EventId, StringComparer.Ordinal)];

    public void AddItem(string itemId, string name, string category, int priceCents) => history.AddItem(itemId, name, category, priceCents);

    public void AddCustomer(SampleCustomer customer) => history.AddCustomer(customer);

    public void AddLine(in SampleLine line)
    {
        if (line.Time < cutoff)
        {
            history.AddLine(line);
            return;
        }

        var returned = line.Quantity < 0;
        _future.Add(new PurchaseEvent(
            $"sim-{_future.Count + 1}",
            ids.Customer(line.Customer),
            ids.Item(line.ItemNumber),
            line.Quantity,
            line.UnitPriceCents / 100.0,
            new DateTimeOffset(DateTime.SpecifyKind(line.Time, DateTimeKind.Utc)),
            SampleIds.Order(line.Order, returned)));
    }
}

using Loyalty.ML.Core;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Recommendations.Online;

/// <summary>
/// Each customer's purchase lines in time order, from reported events or from a loaded history (an export and the
/// events a training run took). Returns and lines without an item cannot be bought from a list and are left out.
/// </summary>
public sealed class CustomerPurchases
{
    private static readonly IReadOnlyList<BoughtLine> None = [];
    private readonly Dictionary<string, List<BoughtLine>> _byCustomer;

    private CustomerPurchases(Dictionary<string, List<BoughtLine>> byCustomer)
    {
        foreach (var lines in byCustomer.Values)
        {
            lines.Sort(static (left, right) => left.At.CompareTo(right.At));
        }

        _byCustomer = byCustomer;
    }

    /// <summary>Purchase lines held.</summary>
    public long Lines => _byCustomer.Values.Sum(lines => (long)lines.Count);

    /// <summary>The customer's lines, oldest first.</summary>
    public IReadOnlyList<BoughtLine> Of(string customerId) => _byCustomer.TryGetValue(customerId, out var lines) ? lines : None;

    /// <summary>The lines of reported purchase events made at or after <paramref name="from"/>.</summary>
    public static CustomerPurchases FromEvents(IEnumerable<PurchaseEvent> purchases, DateTimeOffset from)
    {
        var byCustomer = new Dictionary<string, List<BoughtLine>>(StringComparer.Ordinal);
        foreach (var purchase in purchases)
        {
            if (purchase.ItemId is { } item && !purchase.IsReturn && purchase.Timestamp >= from)
            {
                Add(byCustomer, purchase.CustomerId, new BoughtLine(item, purchase.Timestamp, purchase.Quantity * purchase.UnitPrice));
            }
        }

        return new CustomerPurchases(byCustomer);
    }

    /// <summary>The purchase lines of <paramref name="history"/> made at or after <paramref name="from"/> (its times are UTC).</summary>
    public static CustomerPurchases FromHistory(PurchaseHistory history, DateTimeOffset from)
    {
        var byCustomer = new Dictionary<string, List<BoughtLine>>(StringComparer.Ordinal);
        var lines = history.Purchases;
        for (var line = 0; line < lines.Count; line++)
        {
            var at = new DateTimeOffset(DateTime.SpecifyKind(lines.Time[line], DateTimeKind.Utc));
            if (at >= from && history.HasItems)
            {
                Add(byCustomer, history.Customers[lines.Customer[line]], new BoughtLine(history.Items[lines.Item[line]], at, lines.Amount(line)));
            }
        }

        return new CustomerPurchases(byCustomer);
    }

    private static void Add(Dictionary<string, List<BoughtLine>> byCustomer, string customerId, BoughtLine line)
    {
        if (!byCustomer.TryGetValue(customerId, out var lines))
        {
            byCustomer[customerId] = lines = [];
        }

        lines.Add(line);
    }
}

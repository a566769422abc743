using System.IO.Hashing;
using System.Runtime.InteropServices;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.SampleData.Experiments;

/// <summary>
/// Who looks at the shop's pages during a simulated future, and when: every customer active in the
/// <see cref="ActiveDays"/> before the cutoff, or buying after it, once a week from the first day (at a time of day drawn
/// from their id, as a weekly newsletter or a regular visit would bring them), and a few minutes before each order they place. Every visit is served a list; purchases do not depend on it,
/// since the simulator's future is fixed, so any list a model would have served can be scored against it.
/// </summary>
public static class ShopVisits
{
    /// <summary>Customers who bought within this many days before the cutoff visit on the first day.</summary>
    public const int ActiveDays = 90;

    /// <summary>How long before an order its visit happens.</summary>
    public static readonly TimeSpan BeforeOrder = TimeSpan.FromMinutes(10);

    /// <summary>The visits of <paramref name="sample"/>'s future, in time order.</summary>
    public static IReadOnlyList<ShopVisit> Plan(SampleFuture sample)
    {
        var visits = new List<ShopVisit>();
        var end = sample.Future.Count == 0 ? sample.Cutoff : sample.Future[^1].Timestamp;
        foreach (var customer in Active(sample))
        {
            var minute = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(customer.AsSpan())) % (24 * 60);
            for (var visit = sample.Cutoff.AddMinutes(minute); visit <= end; visit = visit.AddDays(7))
            {
                visits.Add(new ShopVisit(customer, visit));
            }
        }

        foreach (var order in sample.Future.Where(purchase => !purchase.IsReturn).GroupBy(purchase => (purchase.CustomerId, purchase.OrderId)))
        {
            var first = order.Min(purchase => purchase.Timestamp) - BeforeOrder;
            visits.Add(new ShopVisit(order.Key.CustomerId, first < sample.Cutoff ? sample.Cutoff : first));
        }

        return [.. visits.OrderBy(visit => visit.At).ThenBy(visit => visit.CustomerId, StringComparer.Ordinal)];
    }

    private static SortedSet<string> Active(SampleFuture sample)
    {
        var active = new SortedSet<string>(StringComparer.Ordinal);
        var history = sample.History;
        var since = sample.Cutoff.UtcDateTime.AddDays(-ActiveDays);
        for (var line = 0; line < history.Purchases.Count; line++)
        {
            if (history.Purchases.Time[line] >= since)
            {
                active.Add(history.Customers[history.Purchases.Customer[line]]);
            }
        }

        foreach (PurchaseEvent purchase in sample.Future)
        {
            active.Add(purchase.CustomerId);
        }

        return active;
    }
}

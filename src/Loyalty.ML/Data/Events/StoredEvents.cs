using Loyalty.ML.Core;

namespace Loyalty.ML.Data.Events;

/// <summary>Adds a store's purchase events to a history being loaded, as lines of their own source.</summary>
internal static class StoredEvents
{
    public static EventsReport AddTo(PurchaseHistoryBuilder builder, EventSource source)
    {
        var fileLastDay = builder.LastPurchaseTime() is { } last ? DateOnly.FromDateTime(last) : DateOnly.MinValue;
        var after = source.After is { } previous && previous > fileLastDay ? previous : fileLastDay;
        int read = 0, purchases = 0, returns = 0, rejected = 0;
        foreach (var purchase in EventStore.ReadPurchasesAfter(source.StorePath, after))
        {
            read++;
            if (PurchaseEventRules.Rejection(purchase) is not null)
            {
                rejected++;
            }
            else if (purchase.IsReturn)
            {
                builder.AddReturn(purchase.CustomerId, purchase.ItemId, purchase.OrderId, purchase.Timestamp.UtcDateTime, (float)purchase.Quantity, (float)purchase.UnitPrice);
                returns++;
            }
            else
            {
                builder.AddPurchase(purchase.CustomerId, purchase.ItemId, purchase.OrderId, purchase.Timestamp.UtcDateTime, (float)purchase.Quantity, (float)purchase.UnitPrice);
                purchases++;
            }
        }

        return new EventsReport(source.StorePath, after, read, purchases, returns, rejected);
    }

    /// <summary>
    /// Which of the purchases <paramref name="report"/> took are dated on or after <paramref name="from"/>: their number,
    /// the store and the first event ids, so a gate they trip names them; null when none is.
    /// </summary>
    public static string? DescribeFrom(EventsReport report, DateOnly from)
    {
        var after = from.AddDays(-1) > report.After ? from.AddDays(-1) : report.After;
        var late = EventStore.ReadPurchasesAfter(report.Store, after).Where(purchase => PurchaseEventRules.Rejection(purchase) is null).ToList();
        if (late.Count == 0)
        {
            return null;
        }

        var ids = string.Join(", ", late.Take(3).Select(purchase => purchase.EventId)) + (late.Count > 3 ? $" and {late.Count - 3:N0} more" : string.Empty);
        var lines = late.Count == 1 ? "1 of them was" : $"{late.Count:N0} of them were";
        return $"{lines} reported to the API, in the event store {report.Store}: event id {ids}";
    }
}

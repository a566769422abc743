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
}

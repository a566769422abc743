using Loyalty.ML.Data.Events;
using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Tests.Data.Events;

/// <summary>The store as the outbox of the shared stream and the record of how far the stream was applied.</summary>
public sealed class EventStoreOutboxTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"loyalty-outbox-{Guid.NewGuid():N}");

    private string StorePath => Path.Combine(_folder, "events.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AppendPurchases_ToPublish_StaysUnpublishedUntilReadBackFromTheStream()
    {
        using var store = EventStore.Open(StorePath);
        store.AppendPurchases([EventStoreTests.Purchase("own-1", 2026, 1, 5), EventStoreTests.Purchase("own-2", 2026, 1, 5)], toPublish: true);
        store.AppendOffers([Offer("own-offer")], toPublish: true);
        var horizon = store.Horizon();

        var readBack = store.AppendFromStream([EventStoreTests.Purchase("own-1", 2026, 1, 5)], [Offer("own-offer")], "1700000000000-3");

        Assert.Equal([false], readBack.Purchases.IsNew);
        Assert.Equal([false], readBack.Offers.IsNew);
        var left = store.Unpublished(horizon, 100);
        Assert.Equal(["own-2"], left.Purchases.Select(purchase => purchase.EventId));
        Assert.Empty(left.Offers);
        Assert.Equal("1700000000000-3", store.StreamPosition());
    }

    [Fact]
    public void Unpublished_StoredAfterTheHorizon_IsLeftForTheNextPass()
    {
        using var store = EventStore.Open(StorePath);
        store.AppendPurchases([EventStoreTests.Purchase("before", 2026, 1, 5)], toPublish: true);
        var horizon = store.Horizon();
        store.AppendPurchases([EventStoreTests.Purchase("after", 2026, 1, 5)], toPublish: true);

        Assert.Equal(["before"], store.Unpublished(horizon, 100).Purchases.Select(purchase => purchase.EventId));
        Assert.Equal(["before", "after"], store.Unpublished(store.Horizon(), 100).Purchases.Select(purchase => purchase.EventId));
        Assert.Single(store.Unpublished(store.Horizon(), 1).Purchases);
    }

    [Fact]
    public void AppendFromStream_ForeignEvents_AreStoredPublishedAndThePositionSurvivesAReopen()
    {
        using (var store = EventStore.Open(StorePath))
        {
            Assert.Null(store.StreamPosition());
            var result = store.AppendFromStream([EventStoreTests.Purchase("foreign", 2026, 1, 5)], [], "1-0");
            store.AppendFromStream([EventStoreTests.Purchase("foreign", 2026, 1, 5)], [], "2-0");

            Assert.Equal([true], result.Purchases.IsNew);
            Assert.Equal(0, store.Unpublished(store.Horizon(), 100).Count);
        }

        using var reopened = EventStore.Open(StorePath);

        Assert.Equal("2-0", reopened.StreamPosition());
        Assert.Equal(["foreign"], reopened.PurchasesAfter(DateOnly.MinValue).Select(purchase => purchase.EventId));
    }

    [Fact]
    public void Open_StoreFromBeforeTheOutbox_KeepsItsEventsAsPublishedAndTakesNewOnes()
    {
        Directory.CreateDirectory(_folder);
        using (var old = new SqliteConnection($"Data Source={StorePath};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE purchase_events(seq INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, customer_id TEXT NOT NULL, item_id TEXT,
                    quantity REAL NOT NULL, unit_price REAL NOT NULL, occurred_at_ms INTEGER NOT NULL, day INTEGER NOT NULL, order_id TEXT NOT NULL, channel TEXT, store TEXT);
                CREATE TABLE offer_events(seq INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, customer_id TEXT NOT NULL, offer_type TEXT NOT NULL,
                    action TEXT NOT NULL, day INTEGER NOT NULL, bonus_value REAL NOT NULL, discount_percent REAL NOT NULL);
                INSERT INTO purchase_events(event_id, customer_id, item_id, quantity, unit_price, occurred_at_ms, day, order_id)
                    VALUES ('old', 'C1', 'I1', 1, 9.5, 0, 20000, 'O-old');
                """;
            create.ExecuteNonQuery();
        }

        using var store = EventStore.Open(StorePath);
        store.AppendPurchases([EventStoreTests.Purchase("new", 2026, 1, 5)], toPublish: true);

        Assert.Equal(["new"], store.Unpublished(store.Horizon(), 100).Purchases.Select(purchase => purchase.EventId));
        Assert.Equal(["old", "new"], store.PurchasesAfter(DateOnly.MinValue).Select(purchase => purchase.EventId));
    }

    private static OfferEvent Offer(string id) => new(id, "C1", "win_back", OfferAction.Issued, new DateOnly(2026, 1, 5), 0, 10);
}

using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Tests.Data.Events;

public sealed class EventStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"loyalty-store-{Guid.NewGuid():N}");

    private string StorePath => Path.Combine(_folder, "events.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AppendPurchases_SameIdTwice_StoresItOnce()
    {
        using var store = EventStore.Open(StorePath);

        var first = store.AppendPurchases([Purchase("e1", 2026, 1, 5), Purchase("e2", 2026, 1, 5)]);
        var again = store.AppendPurchases([Purchase("e2", 2026, 1, 5), Purchase("e3", 2026, 1, 6)]);

        Assert.Equal([true, true], first.IsNew);
        Assert.Equal([false, true], again.IsNew);
        Assert.Equal(["e1", "e2", "e3"], store.PurchasesAfter(DateOnly.MinValue).Select(purchase => purchase.EventId));
    }

    [Fact]
    public void AppendPurchases_SameIdOtherPayload_IsAConflictNamingTheFieldsAndKeepsTheStoredOne()
    {
        using var store = EventStore.Open(StorePath);
        var original = Purchase("e1", 2026, 1, 5);
        store.AppendPurchases([original]);

        var replay = store.AppendPurchases([original with { Timestamp = original.Timestamp.AddTicks(10) }]);
        var changed = store.AppendPurchases([original with { Quantity = 3, Store = "S9" }]);
        var offers = store.AppendOffers([Offer("o1", 100), Offer("o1", 100), Offer("o1", 50)]);

        Assert.Equal([false], replay.IsNew);
        Assert.Equal([null], replay.Conflicts);
        Assert.Equal("quantity (stored 1, sent 3), store (stored none, sent S9)", Assert.Single(changed.Conflicts));
        Assert.Equal([null, null, "bonusValue (stored 100, sent 50)"], offers.Conflicts);
        Assert.Equal([original], store.PurchasesAfter(DateOnly.MinValue));
        Assert.Equal(new OutboxHorizon(1, 1), store.Written);
    }

    [Fact]
    public void PurchasesAfter_Reopened_ReadsEveryFieldBackAfterTheDayInStoredOrder()
    {
        var stored = Purchase("late", 2026, 2, 1) with { Channel = "store", Store = "S1", ItemId = null, Quantity = -1 };
        using (var store = EventStore.Open(StorePath))
        {
            store.AppendPurchases([Purchase("early", 2026, 1, 31), stored]);
            store.AppendOffers([new OfferEvent("o1", "C1", "win_back", OfferAction.Redeemed, new DateOnly(2026, 2, 1), 200, 10)]);
        }

        using var reopened = EventStore.Open(StorePath);

        Assert.Equal([stored], reopened.PurchasesAfter(new DateOnly(2026, 1, 31)));
        Assert.Equal("o1", Assert.Single(reopened.OffersAfter(new DateOnly(2026, 1, 31))).EventId);
        Assert.Empty(reopened.OffersAfter(new DateOnly(2026, 2, 1)));
    }

    [Fact]
    public void ReadPurchasesAfter_NoStore_IsEmptyAndCreatesNothing()
    {
        Directory.CreateDirectory(_folder);

        Assert.Empty(EventStore.ReadPurchasesAfter(StorePath, DateOnly.MinValue));
        Assert.False(File.Exists(StorePath));
    }

    private static OfferEvent Offer(string id, double bonus) => new(id, "C1", "win_back", OfferAction.Issued, new DateOnly(2026, 1, 5), bonus, 10);

    internal static PurchaseEvent Purchase(string id, int year, int month, int day, string customer = "C1", string item = "I1") =>
        new(id, customer, item, 1, 9.5, new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero), "O-" + id);
}

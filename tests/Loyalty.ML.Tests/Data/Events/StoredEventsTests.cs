using Loyalty.ML.Data;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Tests.Data.Events;

public sealed class StoredEventsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"loyalty-retrain-{Guid.NewGuid():N}");

    public StoredEventsTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllLines(Transactions, [
            "customer_id,item_id,order_id,timestamp,quantity,unit_price,channel,store",
            "C1,I1,O1,2026-01-10T10:00:00,1,5,online,",
            "C2,I2,O2,2026-01-12T10:00:00,1,7,online,",
        ]);
        using var store = EventStore.Open(StorePath);
        store.AppendPurchases([
            EventStoreTests.Purchase("in-file-days", 2026, 1, 12),
            EventStoreTests.Purchase("new-1", 2026, 1, 13, "C3", "I2"),
            EventStoreTests.Purchase("new-2", 2026, 1, 14) with { Quantity = -1 },
            EventStoreTests.Purchase("new-3", 2026, 1, 20, "C1", "I3"),
        ]);
    }

    private string Transactions => Path.Combine(_folder, "transactions.csv");

    private string StorePath => Path.Combine(_folder, "events.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_WithEventStore_TakesEventsAfterTheFilesLastDayAsTheirOwnSource()
    {
        var result = Load(after: new DateOnly(2026, 1, 1));

        var events = result.Report.Events!;
        Assert.Equal(new DateOnly(2026, 1, 12), events.After);
        Assert.Equal((3, 2, 1), (events.Read, events.Purchases, events.Returns));
        Assert.Equal(2, result.Report.RowsAccepted);
        Assert.Equal(4, result.History.Purchases.Count);
        Assert.Equal(1, result.History.Returns.Count);
        Assert.True(result.History.Customers.TryGetIndex("C3", out _));
    }

    [Fact]
    public void Load_AfterAModelThatTookTheEvents_TakesOnlyLaterOnes()
    {
        var first = Load(after: null);
        var previousLastDay = DateOnly.FromDateTime(first.Report.History!.LastTime!.Value);

        var second = Load(after: previousLastDay);

        Assert.Equal(new DateOnly(2026, 1, 20), previousLastDay);
        Assert.Equal(0, second.Report.Events!.Read);
        Assert.Equal(2, second.History.Purchases.Count);
    }

    [Fact]
    public void Load_EventDatedMonthsAfterTheFile_FailsTheGateNamingTheStoreAndTheEventId()
    {
        using (var store = EventStore.Open(StorePath))
        {
            store.AppendPurchases([EventStoreTests.Purchase("till7-000123", 2026, 12, 6)]);
        }

        var error = Assert.Throws<SanityGateException>(() => PurchaseHistoryLoader.Load(new DataSources(Transactions), LoadOptions.Default with
        {
            Events = new EventSource(StorePath, null),
            LatestDate = new DateOnly(2026, 12, 31),
        }));

        Assert.Contains("late_last_day", error.Message, StringComparison.Ordinal);
        Assert.Contains($"1 of them was reported to the API, in the event store {StorePath}: event id till7-000123", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LateRowOfTheFileItself_NamesNoEventStore()
    {
        File.AppendAllLines(Transactions, ["C1,I1,O9,2026-12-06T10:00:00,1,5,online,"]);

        var error = Assert.Throws<SanityGateException>(() => PurchaseHistoryLoader.Load(new DataSources(Transactions), LoadOptions.Default with
        {
            Events = new EventSource(StorePath, null),
            LatestDate = new DateOnly(2026, 12, 31),
        }));

        Assert.Contains("1 row dated 2026-12-06 would set", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("event store", error.Message, StringComparison.Ordinal);
    }

    private LoadResult Load(DateOnly? after) =>
        PurchaseHistoryLoader.Load(new DataSources(Transactions), LoadOptions.Default with
        {
            Events = new EventSource(StorePath, after),
            LatestDate = new DateOnly(2026, 12, 31),
            AllowedGates = new HashSet<string>(["late_last_day"], StringComparer.Ordinal),
        });
}

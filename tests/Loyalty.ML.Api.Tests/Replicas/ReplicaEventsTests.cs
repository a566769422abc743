using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Tests.Fixtures;
using Loyalty.ML.Data.Events;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Tests.Replicas;

/// <summary>
/// Two API replicas in process sharing one registry and one real redis-server, each with its own event store: an event
/// acknowledged by either is applied by both, once, whether the other was running, started later or Redis was down.
/// </summary>
public sealed class ReplicaEventsTests : IAsyncLifetime
{
    private ReplicaSet? _set;

    private ReplicaSet Set => _set!;

    public async Task InitializeAsync() => _set = await ReplicaSet.StartAsync();

    public async Task DisposeAsync() => await Set.DisposeAsync();

    [Fact]
    public async Task PostPurchase_OnReplicaA_ReplicaBStopsServingItsCachedAnswerWithinOneSecond()
    {
        await using var a = Set.Start("a");
        await using var b = Set.Start("b");
        var shop = b.Client(TestKeys.Shop);
        var customer = TestBundles.KnownCustomer;
        var before = await EventLines.ListAsync(shop, customer, "personal");
        await AnswerFromMemoryAsync(b, shop, customer);

        await EventLines.PostAsync(a.Client(EventLines.TillKey), EventLines.Purchase("replicated-1", customer, before[0]));
        var acknowledged = System.Diagnostics.Stopwatch.StartNew();
        await Replica.WaitUntilAsync(async () => !(await EventLines.ListAsync(shop, customer, "personal")).Contains(before[0]), TimeSpan.FromSeconds(1), "B dropping the item bought on A");

        Assert.InRange(acknowledged.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.Equal(1, await b.PurchasesSinceTrainingAsync());
        Assert.Equal(["replicated-1"], EventStore.ReadPurchasesAfter(b.StorePath, DateOnly.MinValue).Select(purchase => purchase.EventId));
    }

    [Fact]
    public async Task ReplicaStartedLateOrRestarted_CatchesUpFromItsStoredPosition()
    {
        await using var a = Set.Start("a");
        var till = a.Client(EventLines.TillKey);
        await EventLines.PostAsync(till, [.. Enumerable.Range(0, 3).Select(index => EventLines.Purchase($"early-{index}", $"late-customer-{index}", TestBundles.KnownItem))]);

        await using (var late = Set.Start("b"))
        {
            await Replica.WaitUntilAsync(async () => await late.PurchasesSinceTrainingAsync() == 3, TimeSpan.FromSeconds(5), "the late replica catching up");
        }

        await EventLines.PostAsync(till, [.. Enumerable.Range(0, 2).Select(index => EventLines.Purchase($"while-down-{index}", "late-customer-0", TestBundles.KnownItem))]);
        await using var restarted = Set.Start("b");
        await Replica.WaitUntilAsync(async () => await restarted.PurchasesSinceTrainingAsync() >= 5, TimeSpan.FromSeconds(5), "the restarted replica catching up");

        Assert.Equal(5, await restarted.PurchasesSinceTrainingAsync());
        Assert.Equal(5, EventStore.ReadPurchasesAfter(restarted.StorePath, DateOnly.MinValue).Count);
        Assert.Equal(3, restarted.Services.GetRequiredService<EventIngestor>().OverlayFor(Current(restarted)).For("late-customer-0").Purchases.Count);
    }

    [Fact]
    public async Task PostPurchase_WhileRedisIsDown_ReachesTheOtherReplicaFromTheOutboxWhenRedisIsBack()
    {
        await using var a = Set.Start("a");
        await using var b = Set.Start("b");
        await Set.Redis.KillAsync();

        await EventLines.PostAsync(a.Client(EventLines.TillKey), EventLines.Purchase("outbox-1", "outbox-customer", TestBundles.KnownItem));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await b.PurchasesSinceTrainingAsync());
        await Set.Redis.RestartAsync();

        await Replica.WaitUntilAsync(async () => await b.PurchasesSinceTrainingAsync() == 1, TimeSpan.FromSeconds(15), "B applying the event A stored while Redis was down");
        await Replica.WaitUntilAsync(() => Task.FromResult(Unpublished(a) == 0), TimeSpan.FromSeconds(5), "A seeing its event on the stream");
        Assert.Equal(1, await a.PurchasesSinceTrainingAsync());
    }

    [Fact]
    public async Task PostPurchases_OnBothReplicasWithRetriesAcrossThem_EachAppliesEveryDistinctEventOnce()
    {
        await using var a = Set.Start("a");
        await using var b = Set.Start("b");
        var onA = Enumerable.Range(0, 5).Select(index => EventLines.Purchase($"both-a-{index}", $"both-customer-{index % 2}", TestBundles.KnownItem)).ToArray();
        var onB = Enumerable.Range(0, 5).Select(index => EventLines.Purchase($"both-b-{index}", $"both-customer-{index % 2}", TestBundles.KnownItem)).ToArray();

        await EventLines.PostAsync(a.Client(EventLines.TillKey), onA);
        await EventLines.PostAsync(b.Client(EventLines.TillKey), onB);
        await EventLines.PostAsync(b.Client(EventLines.TillKey), onA[..2]);
        using var redis = await ConnectionMultiplexer.ConnectAsync(Set.Redis.ConnectionString);
        var last = (await redis.GetDatabase().StreamRangeAsync(RedisEventStream.Key, "-", "+", 1, Order.Descending)).Single().Id.ToString();
        foreach (var replica in new[] { a, b })
        {
            await Replica.WaitUntilAsync(() => Task.FromResult(replica.Services.GetRequiredService<EventIngestor>().Store.StreamPosition() == last), TimeSpan.FromSeconds(5), "reading the whole stream");
        }

        Assert.Equal(10, await a.PurchasesSinceTrainingAsync());
        Assert.Equal(10, await b.PurchasesSinceTrainingAsync());
        Assert.Equal((0, 0), (Unpublished(a), Unpublished(b)));
        Assert.Equal(10, EventStore.ReadPurchasesAfter(a.StorePath, DateOnly.MinValue).Count);
    }

    [Fact]
    public async Task Start_TwoReplicasOnOneStore_TheSecondFailsNamingTheSetting()
    {
        await using var first = Set.Start("shared");

        var failure = Assert.ThrowsAny<Exception>(() => Set.Start("shared"));

        Assert.Contains("Events:StorePath", Flatten(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_AfterTheStreamWasTrimmedPastEventsItNeeds_WarnsThatItMissedEvents()
    {
        await using var a = Set.Start("a", new KeyValuePair<string, string?>("Events:Stream:MaxLength", "1000"));
        var till = a.Client(EventLines.TillKey);
        for (var batch = 0; batch < 2; batch++)
        {
            await EventLines.PostAsync(till, [.. Enumerable.Range(0, 600).Select(index => EventLines.Purchase($"trim-{batch}-{index}", $"trim-customer-{index % 50}", TestBundles.KnownItem))]);
        }

        await using var b = Set.Start("b");
        await Replica.WaitUntilAsync(() => Task.FromResult(b.Logs.Entries.Any(entry => entry.Message.StartsWith("Missed events", StringComparison.Ordinal))), TimeSpan.FromSeconds(5), "the missed-events warning");

        Assert.Equal(1200, await a.PurchasesSinceTrainingAsync());
        Assert.InRange(await b.PurchasesSinceTrainingAsync(), 0, 1199);
    }

    private static string Flatten(Exception exception) => exception.InnerException is null ? exception.Message : exception.Message + " | " + Flatten(exception.InnerException);

    private static int Unpublished(Replica replica)
    {
        var store = replica.Services.GetRequiredService<EventIngestor>().Store;
        return store.Unpublished(store.Horizon(), 1000).Count;
    }

    private static Loyalty.ML.Api.Serving.LoadedModel Current(Replica replica) =>
        replica.Services.GetRequiredService<Loyalty.ML.Api.Serving.ModelProvider>().Current!;

    // Asks until the in-process layer serves the answer, so the test proves a warm cache is not served stale.
    private static async Task AnswerFromMemoryAsync(Replica replica, HttpClient shop, string customer)
    {
        var statistics = replica.Services.GetRequiredService<CacheStatistics>();
        await Replica.WaitUntilAsync(async () =>
        {
            var hits = statistics.MemoryHits;
            await EventLines.ListAsync(shop, customer, "personal");
            return statistics.MemoryHits > hits;
        }, TimeSpan.FromSeconds(5), "an answer from B's in-process cache");
    }
}

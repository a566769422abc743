using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Tests.Replicas;

/// <summary>
/// Two replicas with one Redis: each one's exposure log holds the lists both served, once each, also those served while
/// Redis was down (the outbox writes them when it is back), and across a replica's restart; a list written twice (a write
/// slower than its timeout, which landed and was sent again) counts once.
/// </summary>
public sealed class ReplicaExposuresTests : IAsyncLifetime
{
    private ReplicaSet? _set;

    private ReplicaSet Set => _set!;

    public async Task InitializeAsync() => _set = await ReplicaSet.StartAsync();

    public async Task DisposeAsync() => await Set.DisposeAsync();

    private static readonly KeyValuePair<string, string?>[] Fast =
        [new("Exposures:FlushInterval", "00:00:00.010"), new("Exposures:StreamPollInterval", "00:00:00.050"), new("Exposures:OutboxInterval", "00:00:00.200")];

    [Fact]
    public async Task ServedLists_OnEitherReplica_AreInBothLogsOnceEach()
    {
        var fast = Fast;
        await using var a = Set.Start("a", fast);
        await using var b = Set.Start("b", fast);
        var customers = TestBundles.History.Customers.Ids.Take(20).ToList();
        foreach (var (customer, index) in customers.Select((customer, index) => (customer, index)))
        {
            var replica = index % 2 == 0 ? a : b;
            await replica.ServeListsAsync([customer]);
        }

        foreach (var replica in new[] { a, b })
        {
            await Replica.WaitUntilAsync(() => Task.FromResult(replica.ServedLists().Count == customers.Count), TimeSpan.FromSeconds(30), $"every list in the replica's log (a {a.ServedLists().Count}, b {b.ServedLists().Count})");
        }

        // Redis here keeps nothing on disk: what it held when killed is gone, so the replicas had to read it before.
        await Set.Redis.KillAsync();
        (await a.Client(TestKeys.Shop).GetAsync($"/v1/customers/{customers[0]}/recommendations?count=4&surface=while-down")).EnsureSuccessStatusCode();
        await Task.Delay(300);
        await Set.Redis.RestartAsync();

        foreach (var replica in new[] { a, b })
        {
            await Replica.WaitUntilAsync(() => Task.FromResult(replica.ServedLists().Count == customers.Count + 1), TimeSpan.FromSeconds(30), $"every list in the replica's log (a {a.ServedLists().Count}, b {b.ServedLists().Count})");
        }

        Assert.Equal(Keys(a), Keys(b));
        Assert.Single(b.ServedLists(), list => list.Surface == "while-down");
    }

    [Fact]
    public async Task ServedLists_AReplicaRestarted_KeepsItsOriginAndNeitherLogLosesOrRepeatsAList()
    {
        var customers = TestBundles.History.Customers.Ids.Take(12).ToList();
        await using var b = Set.Start("b", Fast);
        var a = Set.Start("a", Fast);
        await a.ServeListsAsync(customers[..6]);
        await Replica.WaitUntilAsync(() => Task.FromResult(b.ServedLists().Count == 6), TimeSpan.FromSeconds(30), $"a's lists in b's log ({b.ServedLists().Count})");
        await a.DisposeAsync();

        await using var restarted = Set.Start("a", Fast);
        await restarted.ServeListsAsync(customers[6..]);
        foreach (var replica in new[] { restarted, b })
        {
            await Replica.WaitUntilAsync(() => Task.FromResult(replica.ServedLists().Count >= customers.Count), TimeSpan.FromSeconds(30), $"every list in the replica's log (a {restarted.ServedLists().Count}, b {b.ServedLists().Count})");
        }

        // Many polls later: had the restarted replica taken its own stream for another's, it would hold its lists twice.
        await Task.Delay(500);
        var ids = restarted.ServedLists().Select(list => list.Id).ToList();
        Assert.Equal(customers.Count, ids.Count);
        Assert.Equal(customers.Count, ids.Distinct().Count());
        Assert.Single(ids.Select(id => id.Origin).Distinct());
        Assert.Equal(Keys(restarted), Keys(b));
    }

    [Fact]
    public async Task ServedLists_JustAfterStart_ReachTheOtherReplicaWithoutWaitingAnOutboxInterval()
    {
        KeyValuePair<string, string?>[] slowOutbox = [.. Fast.Where(setting => setting.Key != "Exposures:OutboxInterval"), new("Exposures:OutboxInterval", "00:05:00")];
        await using var a = Set.Start("a", slowOutbox);
        await using var b = Set.Start("b", slowOutbox);

        await a.ServeListsAsync(TestBundles.History.Customers.Ids.Take(3));

        await Replica.WaitUntilAsync(() => Task.FromResult(b.ServedLists().Count == 3), TimeSpan.FromSeconds(30), $"a's lists in b's log ({b.ServedLists().Count})");
    }

    [Fact]
    public async Task ServedLists_WrittenTwiceToTheStream_CountOnceInTheOtherReplicasOnlineFigures()
    {
        await using var a = Set.Start("a", Fast);
        await using var b = Set.Start("b", [.. Fast, new("OnlineEvaluation:Window", "00:00:01"), new("OnlineEvaluation:Refresh", "00:00:00.010")]);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Set.Redis.ConnectionString);
        var customers = TestBundles.History.Customers.Ids.Take(3).ToList();
        await a.ServeListsAsync(customers);
        var windowsClosed = DateTime.UtcNow.AddSeconds(1.5);
        var stream = ExposureStreamProbe.KeyOf(a);
        await Replica.WaitUntilAsync(async () => (await ExposureStreamProbe.IdsOnAsync(redis, stream)).Count == customers.Count, TimeSpan.FromSeconds(30), "a's lists on its stream");

        // What a's outbox does after a write that timed out but landed (whether it lands depends on when the client reconnects).
        foreach (var entry in await redis.GetDatabase().StreamRangeAsync(stream))
        {
            await redis.GetDatabase().StreamAddAsync(stream, entry.Values);
        }

        await Replica.WaitUntilAsync(() => Task.FromResult(b.ServedLists().Count == 2 * customers.Count), TimeSpan.FromSeconds(30), $"both copies in b's log ({b.ServedLists().Count})");
        Assert.Equal(customers.Count, b.ServedLists().Select(list => list.Id).Distinct().Count());
        await Task.Delay(windowsClosed - DateTime.UtcNow is { Ticks: > 0 } left ? left : TimeSpan.Zero);
        var lists = 0L;
        await Replica.WaitUntilAsync(
            async () => (lists = await OnlineListsAsync(b)) > 0, TimeSpan.FromSeconds(30), "b's online figures counting the lists");
        Assert.Equal(customers.Count, lists);
    }

    private static async Task<long> OnlineListsAsync(Replica replica) =>
        (await replica.Client(TestKeys.Admin).GetFromJsonAsync<JsonElement>("/v1/evaluation/online")).GetProperty("groups").EnumerateArray()
            .Sum(group => group.GetProperty("figures").GetProperty("lists").GetInt64());

    private static List<string> Keys(Replica replica) => [.. replica.ServedLists().Select(list => $"{list.Id.Origin}/{list.Id.Sequence}/{list.CustomerId}/{string.Join(',', list.Items)}").Order(StringComparer.Ordinal)];
}

using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Tests.Events.Streaming;

/// <summary>
/// The outbox drain when Redis takes a batch but its answer comes too late: the write times out in the replica though
/// the entries are on the stream, and the drain's report still counts every event it put there, each once, in order.
/// </summary>
public sealed class OutboxDrainTests : IAsyncLifetime
{
    private const int Posts = 50;
    private const int LinesPerPost = 100;
    private const int Events = Posts * LinesPerPost;
    private ReplicaSet? _set;

    private ReplicaSet Set => _set!;

    public async Task InitializeAsync() => _set = await ReplicaSet.StartAsync();

    public async Task DisposeAsync() => await Set.DisposeAsync();

    [Fact]
    public async Task Drain_AWriteTimesOutButItsEntriesLand_ReportsEveryEventOnceInOrder()
    {
        await using var proxy = ReplyHoldingProxy.Start(Set.Redis.Port);
        await using var a = Set.Start("a", new("Redis:ConnectionString", proxy.ConnectionString), new("Events:Stream:BatchSize", "20"), new("Events:Stream:OutboxInterval", "00:00:05"), new("Logging:LogLevel:Loyalty.ML.Api.Events", "Information"));
        await Set.Redis.KillAsync();
        var till = a.Client(EventLines.TillKey);
        for (var post = 0; post < Posts; post++)
        {
            await EventLines.PostAsync(till, [.. Enumerable.Range(0, LinesPerPost).Select(line => EventLines.Purchase($"doubt-{(post * LinesPerPost) + line:D6}", $"doubt-customer-{line}", TestBundles.KnownItem))]);
        }

        await Set.Redis.RestartAsync();

        // The drain's first batch lands at once, but its answer comes 3 s later: the write times out in the replica (100 ms,
        // and 1 s at most), with margin for a starved machine.
        proxy.ArmOnNextWrite(TimeSpan.FromSeconds(3));
        await Replica.WaitUntilAsync(() => Task.FromResult(a.Logs.Entries.Any(entry => entry.Message.StartsWith("Wrote ", StringComparison.Ordinal))), TimeSpan.FromSeconds(60), "the drain's report");

        Assert.True(proxy.Held);
        Assert.Contains(a.Logs.Entries, entry => entry.Exception is TimeoutException);
        using var redis = await ConnectionMultiplexer.ConnectAsync(Set.Redis.ConnectionString);
        var ids = (await RedisEventStream.ReadAsync(redis.GetDatabase(), "0", Events + 1)).Select(entry => entry.Purchase!.EventId).ToList();
        Assert.Equal(Enumerable.Range(0, Events).Select(index => $"doubt-{index:D6}"), ids);
        var reports = a.Logs.Entries.Where(entry => entry.Message.StartsWith("Wrote ", StringComparison.Ordinal)).Select(entry => entry.Message).ToList();
        Assert.Single(reports);
        Assert.StartsWith($"Wrote {Events} stored events to the stream from the outbox", reports[0], StringComparison.Ordinal);
        Assert.DoesNotContain(a.Logs.Entries, entry => entry.Level >= LogLevel.Error);
    }
}

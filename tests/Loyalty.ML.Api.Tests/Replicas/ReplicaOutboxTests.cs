using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Tests.Replicas;

/// <summary>
/// The outbox and the stream when Redis fails: a backlog goes out as fast as Redis takes it, oldest first, with one
/// warning per interval rather than one per post; a replica whose stream was lost says once what it missed.
/// </summary>
public sealed class ReplicaOutboxTests : IAsyncLifetime
{
    private const int Posts = 200;
    private const int LinesPerPost = 100;
    private ReplicaSet? _set;

    private ReplicaSet Set => _set!;

    public async Task InitializeAsync() => _set = await ReplicaSet.StartAsync();

    public async Task DisposeAsync() => await Set.DisposeAsync();

    [Fact]
    public async Task Outbox_TwentyThousandEventsStoredWhileRedisWasDown_GoOutInOrderWithinSecondsAndAreWarnedAboutInAggregate()
    {
        await using var a = Set.Start("a", new("Events:Stream:OutboxInterval", "00:00:05"), new("Logging:LogLevel:Loyalty.ML.Api.Events", "Information"));
        await Set.Redis.KillAsync();
        var till = a.Client(EventLines.TillKey);
        for (var post = 0; post < Posts; post++)
        {
            await EventLines.PostAsync(till, [.. Enumerable.Range(0, LinesPerPost).Select(line => EventLines.Purchase($"backlog-{(post * LinesPerPost) + line:D6}", $"backlog-customer-{line}", TestBundles.KnownItem))]);
        }

        await Set.Redis.RestartAsync();
        using var redis = await ConnectionMultiplexer.ConnectAsync(Set.Redis.ConnectionString);
        var drained = System.Diagnostics.Stopwatch.StartNew();
        await Replica.WaitUntilAsync(async () => await redis.GetDatabase().StreamLengthAsync(RedisEventStream.Key) >= Posts * LinesPerPost, TimeSpan.FromSeconds(60), "the backlog on the stream");
        drained.Stop();

        var ids = (await RedisEventStream.ReadAsync(redis.GetDatabase(), "0", Posts * LinesPerPost)).Select(entry => entry.Purchase!.EventId).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.True(drained.Elapsed < TimeSpan.FromSeconds(20), $"{Posts * LinesPerPost} events took {drained.Elapsed} to reach the stream after Redis came back");
        var warnings = a.Logs.Entries.Count(entry => entry.Level >= LogLevel.Warning && entry.Category.StartsWith("Loyalty.ML.Api.Events", StringComparison.Ordinal));
        Assert.InRange(warnings, 1, 5);
        await Replica.WaitUntilAsync(() => Task.FromResult(a.Logs.Entries.Any(entry => entry.Message.StartsWith("Wrote ", StringComparison.Ordinal))), TimeSpan.FromSeconds(5), "the drain's report");
        var report = a.Logs.Entries.First(entry => entry.Message.StartsWith("Wrote ", StringComparison.Ordinal)).Message;

        // A failure says what the follower and the drain went through (a write timed out, a read failed), not only the count.
        var events = string.Join("\n", a.Logs.Entries.Where(entry => entry.Category.StartsWith("Loyalty.ML.Api.Events", StringComparison.Ordinal) && entry.Level >= LogLevel.Information)
            .Select(entry => $"{entry.Level}: {entry.Message} {entry.Exception?.GetType().Name} {entry.Exception?.Message}"));
        Assert.True(report.StartsWith($"Wrote {Posts * LinesPerPost} stored events to the stream from the outbox", StringComparison.Ordinal), $"{report}\n{events}");
    }

    [Fact]
    public async Task Follower_RedisRestartedWithoutPersistence_SaysOnceWhatItMissedAndHealthIsDegraded()
    {
        await using var a = Set.Start("a");
        await using var b = Set.Start("b");
        var till = a.Client(EventLines.TillKey);
        await EventLines.PostAsync(till, EventLines.Purchase("before-reset", "reset-customer", TestBundles.KnownItem));
        await Replica.WaitUntilAsync(async () => await b.PurchasesSinceTrainingAsync() == 1, TimeSpan.FromSeconds(5), "B applying the first event");

        await Set.Redis.KillAsync();
        await Set.Redis.RestartAsync();
        await EventLines.PostAsync(till, EventLines.Purchase("after-reset", "reset-customer", TestBundles.KnownItem));
        await Replica.WaitUntilAsync(async () => await b.PurchasesSinceTrainingAsync() == 2, TimeSpan.FromSeconds(15), "B applying the event written after the reset");
        await Task.Delay(TimeSpan.FromSeconds(2));

        var missed = b.Logs.Entries.Where(entry => entry.Message.StartsWith("Missed events", StringComparison.Ordinal)).ToList();
        Assert.Single(missed);
        Assert.Matches("stream .*(gone|reset|recreated)", missed[0].Message);
        var health = await b.Client(TestKeys.Admin).GetAsync("/health");
        var report = await health.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", report.GetProperty("checks").GetProperty("events-stream").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await b.Client(TestKeys.Admin).GetAsync("/health/ready")).StatusCode);
    }
}

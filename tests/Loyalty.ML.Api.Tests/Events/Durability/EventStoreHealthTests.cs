using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;
using Loyalty.ML.Data.Events.Recovery;
using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Api.Tests.Events.Durability;

/// <summary>A damaged event store is reported, never served as healthy: the service refuses to start on one, and one damaged under it takes the replica out of readiness.</summary>
public sealed class EventStoreHealthTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loyalty-store-health-").FullName;

    private string StorePath => Path.Combine(_folder, "store", "events.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Start_StoreReplacedByAText_RefusesNamingEventsStorePath()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(StorePath)!);
        await File.WriteAllTextAsync(StorePath, string.Concat(Enumerable.Repeat("just some text\n", 300)));

        var refusal = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync());

        var message = Flatten(refusal);
        Assert.Contains($"Events:StorePath={StorePath} failed its check at start", message, StringComparison.Ordinal);
        Assert.Contains("not a readable SQLite database", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_StoreDeletedAfterItAcknowledgedEvents_RefusesSayingHowManyAreGone()
    {
        await using (var host = await StartAsync())
        {
            await EventLines.PostAsync(host.Client(EventLines.TillKey), [.. Enumerable.Range(0, 25).Select(index => EventLines.Purchase($"gone-{index}", "gone-customer", TestBundles.KnownItem))]);
        }

        File.Delete(StorePath);
        var refusal = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync());

        Assert.Contains("The store file does not exist, but its high-water mark says it committed purchases up to row 25", Flatten(refusal), StringComparison.Ordinal);
        Assert.NotNull(EventStoreMark.Read(EventStoreMark.DefaultPath(StorePath)));
    }

    [Fact]
    public async Task Running_StoreOverwrittenByAText_IsNotReadyAndEventPostsAre503Not500()
    {
        await using var host = await StartAsync();
        var till = host.Client(EventLines.TillKey);
        await EventLines.PostAsync(till, EventLines.Purchase("before-damage", "damage-customer", TestBundles.KnownItem));
        Assert.Equal(HttpStatusCode.OK, (await host.Client().GetAsync("/health/ready")).StatusCode);

        await File.WriteAllTextAsync(StorePath, string.Concat(Enumerable.Repeat("overwritten by hand\n", 300)));
        await Task.Delay(1100);
        var ready = await host.Client().GetAsync("/health/ready");
        var post = await till.PostAsJsonAsync("/v1/events/purchases", new { purchases = new[] { EventLines.Purchase("after-damage", "damage-customer", TestBundles.KnownItem) } });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var check = (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").GetProperty("events-store");
        Assert.Contains($"Events:StorePath={StorePath}", check.GetProperty("description").GetString(), StringComparison.Ordinal);
        var problem = await ProblemAssert.IsProblem(post, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("reports not ready", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithBackupsEverySecond_KeepsTheNewestWholeCopies()
    {
        await using var host = await StartAsync(new("Events:Backup:Interval", "00:00:01"), new("Events:Backup:Keep", "2"));
        await EventLines.PostAsync(host.Client(EventLines.TillKey), EventLines.Purchase("backed-up", "backup-customer", TestBundles.KnownItem));
        var folder = Path.Combine(Path.GetDirectoryName(StorePath)!, "backups");

        await Replica.WaitUntilAsync(() => Task.FromResult(EventStoreBackup.List(folder).Count == 2), TimeSpan.FromSeconds(10), "two backups");
        await Task.Delay(2500);

        var backups = EventStoreBackup.List(folder);
        Assert.Equal(2, backups.Count);
        var newest = EventStoreCheck.Run(backups[0], backups[0] + ".mark");
        Assert.True(newest.IsSound, string.Join(" ", newest.Problems));
        Assert.Equal(1, newest.Purchases);
    }

    private Task<ApiHost> StartAsync(params KeyValuePair<string, string?>[] settings)
    {
        var rules = Path.Combine(_folder, "rules.json");
        File.WriteAllText(rules, "{}");
        return ApiHost.StartAsync(withRedis: false, publish: registry => TestBundles.Publish(registry, "v1"),
            settings: [.. EventLines.Settings(rules), new("Events:StorePath", StorePath), .. settings]);
    }

    private static string Flatten(Exception exception) => exception.InnerException is null ? exception.Message : exception.Message + " | " + Flatten(exception.InnerException);
}

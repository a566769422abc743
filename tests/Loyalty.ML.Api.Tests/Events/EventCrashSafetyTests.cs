using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;
using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Api.Tests.Events;

/// <summary>
/// The service as a real process, killed with SIGKILL at random moments while a client posts purchases: every event
/// the client saw acknowledged must be stored and applied exactly once after a restart.
/// </summary>
public sealed class EventCrashSafetyTests : IDisposable
{
    private const int Kills = 5;
    private const int LinesPerBatch = 20;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"loyalty-crash-{Guid.NewGuid():N}");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task PostPurchases_ApiKilledAtRandomMoments_EveryAcknowledgedEventIsStoredAndAppliedOnce()
    {
        var store = Path.Combine(_folder, "events.db");
        var port = ApiProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = ApiProcess.Address(port),
            ["Events__StorePath"] = store,
            ["ApiKeys__Keys__till__Key"] = EventLines.TillKey,
            ["ApiKeys__Keys__till__Scopes__0"] = "events:write",
        };
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(16);
        var clock = Stopwatch.StartNew();
        var next = 0;
        var lastFailure = "";
        for (var kill = 0; kill < Kills; kill++)
        {
            await using var api = await ApiProcess.StartAsync(environment);
            using var till = Client(port, EventLines.TillKey);
            var killAfter = TimeSpan.FromMilliseconds(random.Next(50, 600));
            var firstAcknowledged = new TaskCompletionSource();
            var posting = Task.Run(async () =>
            {
                while (true)
                {
                    var ids = Enumerable.Range(next, LinesPerBatch).Select(index => $"crash-{index}").ToList();
                    next += LinesPerBatch;
                    try
                    {
                        var response = await till.PostAsJsonAsync("/v1/events/purchases", new { purchases = ids.Select(id => EventLines.Purchase(id, $"crash-customer-{id.Length % 7}", TestBundles.KnownItem)) });
                        if (response.IsSuccessStatusCode)
                        {
                            var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
                            acknowledged.UnionWith(EventLines.Ids(answer, "accepted").Concat(EventLines.Ids(answer, "duplicates")));
                            firstAcknowledged.TrySetResult();
                        }
                        else
                        {
                            lastFailure = $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
                        }
                    }
                    catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException or IOException)
                    {
                        lastFailure = exception.Message;
                        return;
                    }
                }
            });
            // Killed a random moment after the first acknowledgement: the first request pays for JIT and would absorb every early kill.
            await Task.WhenAny(firstAcknowledged.Task, posting, Task.Delay(TimeSpan.FromSeconds(20)));
            await Task.Delay(killAfter);
            await api.KillAsync();
            await posting;
        }

        await using var restarted = await ApiProcess.StartAsync(environment);
        Assert.True(restarted.Output.Contains("Application started", StringComparison.Ordinal), $"the restarted service did not start: {restarted.Output}");
        using var admin = Client(port, TestKeys.Admin);
        var status = await admin.GetFromJsonAsync<JsonElement>("/v1/models/current");

        var stored = EventStore.ReadPurchasesAfter(store, DateOnly.MinValue).Select(purchase => purchase.EventId).ToList();
        Assert.True(acknowledged.Count >= Kills * LinesPerBatch, $"only {acknowledged.Count} events were acknowledged; last failure: {lastFailure}");
        Assert.Empty(acknowledged.Except(stored));
        Assert.Equal(stored.Count, stored.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(stored.Count, status.GetProperty("eventsSinceTraining").GetProperty("purchases").GetInt64());
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(120));
    }

    private static HttpClient Client(int port, string key)
    {
        var client = new HttpClient { BaseAddress = new Uri(ApiProcess.Address(port)), Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;
using Xunit.Abstractions;

namespace Loyalty.ML.Api.Tests.Webhooks;

/// <summary>
/// The service as a process, SIGKILLed right after acknowledging purchases that move bands while the receiver is down,
/// restarted on the same store: every band change reaches the receiver once it is back (counted, none lost).
/// </summary>
public sealed class WebhookCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string TillKey = "till-process-0123456789abcdef";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"loyalty-webhook-crash-{Guid.NewGuid():N}");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Api_KilledWhileTheReceiverIsDown_DeliversEveryBandChangeAfterRestart()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Down = true;
        var address = ApiProcess.Address(ApiProcess.FreePort());
        var environment = Environment(address, receiver.Url);
        var api = await ApiProcess.StartAsync(environment);
        var (customers, lastDay) = await HighRiskAsync(address, 30);

        using var till = Client(address, TillKey);
        var batches = customers.Chunk(10).ToList();
        foreach (var batch in batches)
        {
            // The first batches' deliveries are queued and refused before the kill; the last batch's are not even queued yet.
            if (batch == batches[^1])
            {
                await receiver.WaitUntilRequestsAsync(10, TimeSpan.FromSeconds(30));
            }

            await EventLines.PostAsync(till, [.. batch.SelectMany(customer => Enumerable.Range(1, 3).Select(day => EventLines.Purchase(
                $"crash-{customer}-{day}", customer, TestBundles.KnownItem, timestamp: new DateTimeOffset(lastDay.AddDays(day).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero))))]);
        }

        await api.KillAsync();
        var requestsWhileDown = receiver.Requests;
        receiver.Down = false;
        await using var restarted = await ApiProcess.StartAsync(environment);
        var expected = new HashSet<string>(StringComparer.Ordinal);
        using var crm = Client(address, TestKeys.Crm);
        foreach (var customer in customers)
        {
            if ((await crm.GetFromJsonAsync<JsonElement>($"/v1/customers/{customer}/churn")).GetProperty("band").GetString() != "high")
            {
                expected.Add(customer);
            }
        }

        await receiver.WaitAsync(received => expected.IsSubsetOf(WebhookDispatcherTests.BandChanges(received).Keys), TimeSpan.FromSeconds(60));
        var changes = receiver.Accepted.Where(hook => hook.Type == "churn.band_changed").ToList();
        var distinct = changes.Select(hook => hook.CustomerId!).ToHashSet(StringComparer.Ordinal);
        output.WriteLine($"customers with purchases {customers.Count}, band changes expected {expected.Count}, delivered {distinct.Count} " +
            $"(lost {expected.Except(distinct).Count()}, duplicates {changes.Count - distinct.Count}); receiver refused {requestsWhileDown} requests while down");

        Assert.NotEmpty(expected);
        Assert.Empty(expected.Except(distinct));
        Assert.Empty(distinct.Except(expected));
        Assert.All(receiver.Accepted, hook => Assert.True(hook.SignatureHolds, hook.Id));
        Assert.Single(receiver.Accepted, hook => hook.Type == "model.published");
    }

    private Dictionary<string, string> Environment(string address, string url)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = address,
            ["Events__StorePath"] = Path.Combine(_folder, "events.db"),
            ["ApiKeys__Keys__till__Key"] = TillKey,
            ["ApiKeys__Keys__till__Scopes__0"] = "events:write",
        };
        foreach (var (key, value) in WebhookDispatcherTests.Settings(url))
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }

        return environment;
    }

    private static async Task<(List<string> Customers, DateOnly LastDay)> HighRiskAsync(string address, int count)
    {
        using var crm = Client(address, TestKeys.Crm);
        var rows = (await crm.GetStringAsync("/v1/churn/export")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var customers = rows.Where(row => row.GetProperty("band").GetString() == "high").Take(count).Select(row => row.GetProperty("customerId").GetString()!).ToList();
        var asOf = (await crm.GetFromJsonAsync<JsonElement>($"/v1/customers/{customers[0]}/churn")).GetProperty("asOf").GetString()!;
        return (customers, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static HttpClient Client(string address, string key)
    {
        var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}

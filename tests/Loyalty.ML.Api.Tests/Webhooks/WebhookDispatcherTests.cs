using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.ML.Api.Tests.Webhooks;

/// <summary>Signed webhooks to a real local receiver that fails, then recovers: band moves through purchases, new models.</summary>
public sealed class WebhookDispatcherTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"loyalty-webhooks-{Guid.NewGuid():N}");
    private WebhookReceiver? _receiver;
    private ApiHost? _host;

    private WebhookReceiver Receiver => _receiver!;

    private ApiHost Host => _host!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        Receiver.FailFirst = 4;
        Directory.CreateDirectory(_folder);
        var rules = Path.Combine(_folder, "rules.json");
        File.WriteAllText(rules, "{}");
        _host = await ApiHost.StartAsync(
            withRedis: false,
            publish: registry => TestBundles.Publish(registry, "v1"),
            settings: [.. EventLines.Settings(rules), .. Settings(Receiver.Url)]);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Receiver.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Webhook settings with fast polls and retries, sending to <paramref name="url"/>.</summary>
    public static KeyValuePair<string, string?>[] Settings(string url) =>
    [
        new("Webhooks:Endpoints:crm:Url", url),
        new("Webhooks:Endpoints:crm:Secret", WebhookReceiver.Secret),
        new("Webhooks:PollInterval", "00:00:00.100"),
        new("Webhooks:InitialBackoff", "00:00:00.200"),
        new("Webhooks:MaxBackoff", "00:00:01"),
    ];

    [Fact]
    public async Task Purchases_MovingBands_AreEachDeliveredSignedOnceTheReceiverRecovers()
    {
        var crm = Host.Client(TestKeys.Crm);
        var customers = HighRisk(Host, 10);
        await EventLines.PostAsync(Host.Client(EventLines.TillKey), [.. Purchases(Host, customers, "hook")]);
        var expected = new Dictionary<string, string>();
        foreach (var customer in customers)
        {
            var band = (await crm.GetFromJsonAsync<JsonElement>($"/v1/customers/{customer}/churn")).GetProperty("band").GetString()!;
            if (band != "high")
            {
                expected[customer] = band;
            }
        }

        Assert.NotEmpty(expected);
        // The announcement of v1 may still be in its retry backoff when the band changes are through: wait for both.
        var arrived = await Receiver.WaitAsync(received => BandChanges(received).Count >= expected.Count && received.Any(IsV1Published), TimeSpan.FromSeconds(30));

        var changes = BandChanges([.. Receiver.Accepted]);
        Assert.True(arrived, $"{changes.Count} of {expected.Count} band changes arrived; {Receiver.Requests} requests");
        Assert.Equal(expected.Keys.Order(), changes.Keys.Order());
        Assert.All(changes, pair =>
        {
            Assert.Equal("high", pair.Value.Body.GetProperty("fromBand").GetString());
            Assert.Equal(expected[pair.Key], pair.Value.Body.GetProperty("toBand").GetString());
            Assert.Equal("v1", pair.Value.Body.GetProperty("modelVersion").GetString());
        });
        Assert.All(Receiver.Accepted, received => Assert.True(received.SignatureHolds, received.Id));
        Assert.Contains(Receiver.Accepted, IsV1Published);
        Assert.True(Receiver.Requests > Receiver.Accepted.Count, "the receiver's failures were retried");
    }

    [Fact]
    public async Task NewModel_IsAnnouncedWithTheVersionBefore()
    {
        Assert.True(await Receiver.WaitAsync(received => received.Any(hook => hook.Type == "model.published"), TimeSpan.FromSeconds(30)));

        TestBundles.Publish(Host.Registry, "v2");
        await Host.Services.GetRequiredService<ModelProvider>().ReloadAsync();
        var arrived = await Receiver.WaitAsync(received => received.Any(hook => hook.Type == "model.published" && hook.Body.GetProperty("modelVersion").GetString() == "v2"), TimeSpan.FromSeconds(30));

        Assert.True(arrived);
        var announced = Receiver.Accepted.Single(hook => hook.Type == "model.published" && hook.Body.GetProperty("modelVersion").GetString() == "v2");
        Assert.Equal("v1", announced.Body.GetProperty("previousModelVersion").GetString());
        Assert.Single(Receiver.Accepted, hook => hook.Type == "model.published" && hook.Body.GetProperty("modelVersion").GetString() == "v1");
    }

    private static bool IsV1Published(WebhookReceiver.Received received) =>
        received.Type == "model.published" && received.Body.GetProperty("modelVersion").GetString() == "v1";

    /// <summary>Up to <paramref name="count"/> customers the served model puts in the high band.</summary>
    public static List<string> HighRisk(ApiHost host, int count) =>
        [.. host.Services.GetRequiredService<ModelProvider>().Current!.Bundle.Churn!.ByRisk
            .Where(score => score.Band == Loyalty.ML.Churn.RiskBand.High).Take(count).Select(score => score.CustomerId)];

    /// <summary>Three purchases per customer on the three days after the model's last day: a customer who comes back.</summary>
    public static IEnumerable<object> Purchases(ApiHost host, IEnumerable<string> customers, string prefix)
    {
        var lastDay = host.Services.GetRequiredService<ModelProvider>().Current!.LastDay;
        return customers.SelectMany(customer => Enumerable.Range(1, 3).Select(day => EventLines.Purchase(
            $"{prefix}-{customer}-{day}", customer, TestBundles.KnownItem, timestamp: new DateTimeOffset(lastDay.AddDays(day).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero))));
    }

    /// <summary>The band changes received, one per customer (the latest), by customer id.</summary>
    public static Dictionary<string, WebhookReceiver.Received> BandChanges(IReadOnlyList<WebhookReceiver.Received> received) =>
        received.Where(hook => hook.Type == "churn.band_changed").GroupBy(hook => hook.CustomerId!).ToDictionary(group => group.Key, group => group.Last());
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Tests.Events;

/// <summary>The events endpoints against the real service with its embedded store and a real redis-server.</summary>
public sealed class EventsApiTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"loyalty-events-{Guid.NewGuid():N}");
    private ApiHost? _host;

    private ApiHost Host => _host!;

    public async Task InitializeAsync() => _host = await EventLines.StartHostAsync(_folder);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task PostPurchases_KnownCustomer_ChangesTheNextAnswerOfEveryKind()
    {
        var shop = Host.Client(TestKeys.Shop);
        var customer = await CustomerWithEveryList(shop);
        var before = new Dictionary<string, List<string>>();
        foreach (var kind in Kinds)
        {
            before[kind] = await EventLines.ListAsync(shop, customer, kind);
        }

        var bought = Kinds.Select(kind => before[kind][0]).Distinct().ToList();
        await EventLines.PostAsync(Host.Client(EventLines.TillKey), [.. bought.Select((item, index) => EventLines.Purchase($"every-kind-{index}", customer, item))]);

        foreach (var kind in Kinds)
        {
            var after = await EventLines.ListAsync(shop, customer, kind);
            Assert.NotEqual(before[kind], after);
            Assert.DoesNotContain(before[kind][0], after);
        }
    }

    [Fact]
    public async Task PostPurchases_SameEventTwice_IsStoredAndAppliedOnce()
    {
        var till = Host.Client(EventLines.TillKey);
        var lines = new[] { EventLines.Purchase("dup-1", "dup-customer", TestBundles.KnownItem), EventLines.Purchase("dup-2", "dup-customer", TestBundles.KnownItem) };
        var first = await EventLines.PostAsync(till, lines);
        var applied = await PurchasesSinceTraining();

        var again = await EventLines.PostAsync(till, lines);

        Assert.Equal(["dup-1", "dup-2"], EventLines.Ids(first, "accepted"));
        Assert.Empty(EventLines.Ids(again, "accepted"));
        Assert.Equal(["dup-1", "dup-2"], EventLines.Ids(again, "duplicates"));
        Assert.Equal(applied, await PurchasesSinceTraining());
        Assert.Equal(2, Host.Services.GetRequiredService<EventIngestor>().OverlayFor(Current()).For("dup-customer").Purchases.Count);
    }

    [Fact]
    public async Task PostPurchases_BatchWithBadLines_KeepsTheGoodOnesAndNamesTheRest()
    {
        var good = EventLines.Purchase("mixed-good", "mixed-customer", TestBundles.KnownItem);
        var zero = EventLines.Purchase("mixed-zero", "mixed-customer", TestBundles.KnownItem, quantity: 0);
        var noCustomer = EventLines.Purchase("mixed-guest", "", TestBundles.KnownItem);
        var noPrice = new { eventId = "mixed-noprice", customerId = "mixed-customer", quantity = 1, timestamp = DateTimeOffset.UtcNow };

        var answer = await EventLines.PostAsync(Host.Client(EventLines.TillKey), good, zero, noCustomer, noPrice);

        Assert.Equal(["mixed-good"], EventLines.Ids(answer, "accepted"));
        var rejected = answer.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], rejected.Select(line => line.GetProperty("index").GetInt32()));
        Assert.StartsWith("zero_quantity", rejected[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("missing_customer_id", rejected[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("missing_field", rejected[2].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Single(Host.Services.GetRequiredService<EventIngestor>().OverlayFor(Current()).For("mixed-customer").Purchases);
    }

    [Fact]
    public async Task PostPurchases_StructuralProblems_Are400NamingEachOne()
    {
        var till = Host.Client(EventLines.TillKey);
        var body = new
        {
            purchases = new object[]
            {
                new { eventId = "bad-1", customerId = "c", itemId = "i", quantity = 1, unitPrice = 1, timestamp = DateTimeOffset.UtcNow, colour = "red" },
                new { eventId = new string('e', 65), customerId = "c", quantity = 1, unitPrice = 1, timestamp = DateTimeOffset.UtcNow },
                new { eventId = "bad-3", customerId = "c", quantity = 1, unitPrice = 1, timestamp = DateTimeOffset.UtcNow.AddMinutes(6) },
            },
            extra = 1,
        };

        var problem = await ProblemAssert.IsProblem(await till.PostAsJsonAsync("/v1/events/purchases", body), HttpStatusCode.BadRequest);
        var malformed = await till.PostAsync("/v1/events/purchases", new StringContent("{\"purchases\": [", System.Text.Encoding.UTF8, "application/json"));
        var tooMany = await till.PostAsJsonAsync("/v1/events/purchases", new { purchases = Enumerable.Range(0, 1001).Select(index => EventLines.Purchase($"many-{index}", "c", "i")) });

        var errors = problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).ToList();
        Assert.Equal(["extra", "purchases[0].colour", "purchases[1].eventId", "purchases[2].timestamp"], errors.Order(StringComparer.Ordinal));
        Assert.Contains("body", (await ProblemAssert.IsProblem(malformed, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(error => error.Name));
        Assert.Contains("purchases", (await ProblemAssert.IsProblem(tooMany, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(error => error.Name));
        Assert.Equal(0, await PurchasesSinceTraining());
    }

    [Fact]
    public async Task PostPurchases_WithoutEventsScope_IsForbidden()
    {
        var response = await Host.Client(TestKeys.Shop).PostAsJsonAsync("/v1/events/purchases", new { purchases = new[] { EventLines.Purchase("scope", "c", "i") } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PostPurchases_NewCustomer_GetsPersonalAnswersFromTheFirstPurchase()
    {
        var shop = Host.Client(TestKeys.Shop);
        var before = await shop.GetFromJsonAsync<JsonElement>("/v1/customers/brand-new/recommendations");

        await EventLines.PostAsync(Host.Client(EventLines.TillKey), EventLines.Purchase("new-1", "brand-new", TestBundles.KnownItem));
        var after = await shop.GetFromJsonAsync<JsonElement>("/v1/customers/brand-new/recommendations");

        Assert.Equal("popular", before.GetProperty("fallback").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("fallback").ValueKind);
        var items = after.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("itemId").GetString()).ToList();
        Assert.NotEmpty(items);
        Assert.DoesNotContain(TestBundles.KnownItem, items);
    }

    [Fact]
    public async Task PostOffers_IssuedUpToTheLimit_LeavesNoOffersAndCountsOnce()
    {
        var campaign = Host.Client(EventLines.CampaignKey);
        var customer = await CustomerWithOffers(campaign);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var offers = Enumerable.Range(0, 3).Select(index => new { eventId = $"offer-{index}", customerId = customer, offerType = "cross_sell", action = "issued", day = today, bonusValue = 0, discountPercent = 5 }).ToArray();
        var till = Host.Client(EventLines.TillKey);

        var first = await (await till.PostAsJsonAsync("/v1/events/offers", new { offers })).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await till.PostAsJsonAsync("/v1/events/offers", new { offers })).Content.ReadFromJsonAsync<JsonElement>();
        var after = await campaign.GetFromJsonAsync<JsonElement>($"/v1/customers/{customer}/offers");

        Assert.Equal(3, EventLines.Ids(first, "accepted").Count);
        Assert.Equal(3, EventLines.Ids(again, "duplicates").Count);
        Assert.Empty(after.GetProperty("offers").EnumerateArray());
    }

    [Fact]
    public async Task PostPurchases_WithRedis_WritesTheStreamInOrder()
    {
        await EventLines.PostAsync(Host.Client(EventLines.TillKey), EventLines.Purchase("stream-1", "stream-customer", TestBundles.KnownItem), EventLines.Purchase("stream-2", "stream-customer", TestBundles.KnownItem));
        using var redis = await ConnectionMultiplexer.ConnectAsync(Host.Redis!.ConnectionString);

        var entries = await RedisEventStream.ReadAsync(redis.GetDatabase(), "0", 10_000);

        var ours = entries.Where(entry => entry.Purchase?.CustomerId == "stream-customer").Select(entry => entry.Purchase!.EventId).ToList();
        Assert.Equal(["stream-1", "stream-2"], ours);
    }

    [Fact]
    public async Task GetCurrent_AfterPurchases_ShowsEventsSinceTrainingAndMetricsCountThem()
    {
        await EventLines.PostAsync(Host.Client(EventLines.TillKey), EventLines.Purchase("count-1", "count-customer", TestBundles.KnownItem));

        var metrics = await Host.Client().GetStringAsync("/metrics");

        Assert.True(await PurchasesSinceTraining() >= 1);
        Assert.Contains("loyalty_events_total{kind=\"purchase\",outcome=\"accepted\"}", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelSwap_NewVersion_StartsTheOverlayOverWithoutCountingTwice()
    {
        await EventLines.PostAsync(Host.Client(EventLines.TillKey), EventLines.Purchase("swap-1", "swap-customer", TestBundles.KnownItem));
        var before = await PurchasesSinceTraining();

        TestBundles.Publish(Host.Registry, "v2");
        for (var waited = 0; Current().Version != "v2" && waited < 150; waited++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(before, await PurchasesSinceTraining());
        Assert.Equal("v2", Current().Version);
    }

    private static readonly string[] Kinds = ["personal", "cross-sell", "up-sell", "buy-again"];

    private Loyalty.ML.Api.Serving.LoadedModel Current() => Host.Services.GetRequiredService<Loyalty.ML.Api.Serving.ModelProvider>().Current!;

    private async Task<long> PurchasesSinceTraining()
    {
        var status = await Host.Client(TestKeys.Admin).GetFromJsonAsync<JsonElement>("/v1/models/current");
        return status.GetProperty("eventsSinceTraining").GetProperty("purchases").GetInt64();
    }

    private static async Task<string> CustomerWithEveryList(HttpClient shop)
    {
        foreach (var customer in TestBundles.History.Customers.Ids)
        {
            var complete = true;
            foreach (var kind in Kinds)
            {
                complete &= (await EventLines.ListAsync(shop, customer, kind, count: 3)).Count > 0;
                if (!complete)
                {
                    break;
                }
            }

            if (complete)
            {
                return customer;
            }
        }

        throw new InvalidOperationException("No customer of the test bundle has every kind of list.");
    }

    private static async Task<string> CustomerWithOffers(HttpClient campaign)
    {
        foreach (var customer in TestBundles.History.Customers.Ids)
        {
            var response = await campaign.GetAsync($"/v1/customers/{customer}/offers");
            if (response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("offers").GetArrayLength() > 0)
            {
                return customer;
            }
        }

        throw new InvalidOperationException("No customer of the test bundle gets offers.");
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Exposures;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Evaluation;

/// <summary>GET /v1/evaluation/online and the /metrics gauges, on lists served and purchases reported to the real service.</summary>
public sealed class EvaluationApiTests
{
    [Fact]
    public async Task GetOnline_APurchaseOfAListedItemWithinTheWindow_IsAHitOfThatVersionAndKind()
    {
        KeyValuePair<string, string?>[] settings = [new("OnlineEvaluation:Window", "00:00:01"), new("OnlineEvaluation:Refresh", "00:00:00.050"), new("ApiKeys:Keys:till:Key", EventLines.TillKey), new("ApiKeys:Keys:till:Scopes:0", "events:write")];
        await using var host = await ExposureLogTests.StartAsync(settings);
        var shop = host.Client(TestKeys.Shop);
        var customers = TestBundles.History.Customers.Ids.Take(3).ToList();
        var first = new List<string>();
        foreach (var customer in customers)
        {
            var list = await shop.GetFromJsonAsync<JsonElement>($"/v1/customers/{customer}/recommendations?count=5");
            first.Add(list.GetProperty("items")[0].GetProperty("itemId").GetString()!);
        }

        await EventLines.PostAsync(host.Client(EventLines.TillKey), EventLines.Purchase("online-hit", customers[0], first[0], unitPrice: 12.5, timestamp: DateTimeOffset.UtcNow));
        await ExposureLogTests.RecordedAsync(host, 3);

        var online = await OnlineOnceTheWindowHasClosedAsync(host.Client(TestKeys.Admin));
        var group = Assert.Single(online.GetProperty("groups").EnumerateArray());
        var figures = group.GetProperty("figures");
        Assert.Equal(("v1", "personal", true), (group.GetProperty("modelVersion").GetString(), group.GetProperty("kind").GetString(), group.GetProperty("current").GetBoolean()));
        Assert.Equal((3, 3, 1, 12.5), (figures.GetProperty("customers").GetInt64(), figures.GetProperty("lists").GetInt64(), figures.GetProperty("hits").GetInt64(), figures.GetProperty("revenue").GetDouble()));
        Assert.Equal(1.0 / 3, figures.GetProperty("hitRate").GetProperty("value").GetDouble(), 5);
        Assert.Equal(1.0 / 15, figures.GetProperty("precision").GetProperty("value").GetDouble(), 5);
        var metrics = await host.Client().GetStringAsync("/metrics");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"loyalty_online_hit_rate{{model_version=\"v1\",kind=\"personal\"}} {1.0 / 3}"), metrics, StringComparison.Ordinal);
        Assert.Contains("loyalty_online_lists{model_version=\"v1\",kind=\"personal\"} 3", metrics, StringComparison.Ordinal);
    }

    // The window closes after one second, but the purchase and the refresh are background work: under a loaded machine a
    // fixed wait saw the lists before the hit was matched, so the answer is read again until it counts a hit (or 30 s).
    private static async Task<JsonElement> OnlineOnceTheWindowHasClosedAsync(HttpClient admin)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        await Task.Delay(1200);
        while (true)
        {
            var online = await admin.GetFromJsonAsync<JsonElement>("/v1/evaluation/online");
            var counted = online.GetProperty("groups").EnumerateArray().Sum(group => group.GetProperty("figures").GetProperty("hits").GetInt64());
            if (counted > 0 || DateTime.UtcNow > deadline)
                return online;
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task GetOnline_ShopKey_IsForbidden()
    {
        await using var host = await ExposureLogTests.StartAsync();

        var response = await host.Client(TestKeys.Shop).GetAsync("/v1/evaluation/online");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Exposures;
using Loyalty.ML.Api.Tests.Fixtures;
using Loyalty.ML.Data.Exposures;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.ML.Api.Tests.Exposures;

/// <summary>The exposure log of the real service: what a page was shown is recorded, cached and revalidated answers included, at the sample rate.</summary>
public sealed class ExposureLogTests
{
    [Fact]
    public async Task GetRecommendations_ComputedCachedAndNotModified_EveryServedListIsRecorded()
    {
        await using var host = await StartAsync();
        var shop = host.Client(TestKeys.Shop);
        var url = $"/v1/customers/{TestBundles.KnownCustomer}/recommendations?count=5&surface=home";

        var first = await shop.GetAsync(url);
        var items = Items(await first.Content.ReadFromJsonAsync<JsonElement>());
        await shop.GetAsync(url);
        await shop.GetAsync($"/v1/customers/{TestBundles.KnownCustomer}/recommendations?count=5&kind=cross-sell");
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await shop.SendAsync(revalidate)).StatusCode);

        var lists = await RecordedAsync(host, 4);
        Assert.All(lists, list => Assert.Equal((TestBundles.KnownCustomer, "v1"), (list.CustomerId, list.ModelVersion)));
        Assert.Equal(["personal", "personal", "cross-sell", "personal"], lists.Select(list => list.Kind));
        Assert.Equal(["home", "home", null, "home"], lists.Select(list => list.Surface));
        Assert.All(lists.Where(list => list.Kind == "personal"), list => Assert.Equal(items, list.Items));
        Assert.All(lists, list => Assert.Null(list.Experiment));
    }

    [Fact]
    public async Task GetRecommendations_HalfTheCustomersSampled_RecordsAllListsOfThoseAndNoneOfTheOthers()
    {
        await using var host = await StartAsync(new KeyValuePair<string, string?>("Exposures:SampleRate", "0.5"));
        var shop = host.Client(TestKeys.Shop);
        var customers = TestBundles.History.Customers.Ids.Take(60).ToList();
        foreach (var customer in customers.Concat(customers))
        {
            (await shop.GetAsync($"/v1/customers/{customer}/recommendations?count=3")).EnsureSuccessStatusCode();
        }

        var log = host.Services.GetRequiredService<ExposureLog>();
        var sampled = customers.Where(log.Records).ToList();
        var lists = await RecordedAsync(host, 2 * sampled.Count);
        Assert.InRange(sampled.Count, 15, 45);
        Assert.Equal(sampled.Order(StringComparer.Ordinal), lists.Select(list => list.CustomerId).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetRecommendations_SampleRateZero_RecordsNothing()
    {
        await using var host = await StartAsync(new KeyValuePair<string, string?>("Exposures:SampleRate", "0"));
        (await host.Client(TestKeys.Shop).GetAsync($"/v1/customers/{TestBundles.KnownCustomer}/recommendations")).EnsureSuccessStatusCode();

        await Task.Delay(500);

        Assert.Equal(0, host.Services.GetRequiredService<ExposureStore>().Count());
    }

    [Fact]
    public async Task GetRecommendations_BadSurface_IsRefusedNamingIt()
    {
        await using var host = await StartAsync();

        var response = await host.Client(TestKeys.Shop).GetAsync($"/v1/customers/{TestBundles.KnownCustomer}/recommendations?surface={new string('x', 65)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("surface", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static Task<ApiHost> StartAsync(params KeyValuePair<string, string?>[] settings) =>
        ApiHost.StartAsync(withRedis: false, publish: registry => TestBundles.Publish(registry, "v1"), settings: [new("Exposures:FlushInterval", "00:00:00.010"), .. settings]);

    /// <summary>The lists recorded, once there are <paramref name="count"/>, in the order served.</summary>
    internal static async Task<List<ServedList>> RecordedAsync(ApiHost host, int count)
    {
        var store = host.Services.GetRequiredService<ExposureStore>();
        await Replica.WaitUntilAsync(() => Task.FromResult(store.Count() >= count), TimeSpan.FromSeconds(20), $"{count} lists in the exposure log");
        await Task.Delay(200);
        Assert.Equal(count, store.Count());
        return [.. ExposureStore.ReadByCustomer(store.Path, DateTimeOffset.MinValue).OrderBy(list => list.Id.Sequence)];
    }

    private static List<string> Items(JsonElement list) => [.. list.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("itemId").GetString()!)];
}

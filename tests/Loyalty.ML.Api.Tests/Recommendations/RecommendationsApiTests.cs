using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Tests.Caching;
using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Api.Tests.Recommendations;

[Collection(ApiCollection.Name)]
public sealed class RecommendationsApiTests(LoyaltyApiFixture fixture)
{
    private HttpClient Shop => fixture.Host.Client(TestKeys.Shop);

    [Fact]
    public async Task GetRecommendations_KnownCustomer_ReturnsPersonalListOfKnownItems()
    {
        var body = await Shop.GetFromJsonAsync<JsonElement>($"/v1/customers/{TestBundles.KnownCustomer}/recommendations?count=5");

        var items = body.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("itemId").GetString()!).ToList();
        Assert.Equal(JsonValueKind.Null, body.GetProperty("fallback").ValueKind);
        Assert.Equal("personal", body.GetProperty("kind").GetString());
        Assert.Equal(LoyaltyApiFixture.Version, body.GetProperty("modelVersion").GetString());
        Assert.InRange(items.Count, 1, 5);
        Assert.All(items, item => Assert.True(TestBundles.History.Items.TryGetIndex(item, out _), item));
    }

    [Fact]
    public async Task GetRecommendations_UnknownCustomer_Returns200WithPopularFallback()
    {
        var body = await Shop.GetFromJsonAsync<JsonElement>("/v1/customers/nobody-we-know/recommendations");

        Assert.Equal(RecommendationResult.PopularFallback, body.GetProperty("fallback").GetString());
        Assert.NotEmpty(body.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("cross-sell")]
    [InlineData("up-sell")]
    [InlineData("buy-again")]
    public async Task GetRecommendations_EveryKind_Returns200NamingIt(string kind)
    {
        var body = await Shop.GetFromJsonAsync<JsonElement>($"/v1/customers/{TestBundles.KnownCustomer}/recommendations?kind={kind}");

        Assert.Equal(kind, body.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task GetRecommendations_WithMinPrice_ReturnsOnlyItemsAtOrAboveIt()
    {
        var catalog = TestBundles.History.Catalog;
        var minPrice = catalog.Price.Order().ElementAt(catalog.Price.Length / 2);

        var body = await Shop.GetFromJsonAsync<JsonElement>($"/v1/customers/{TestBundles.KnownCustomer}/recommendations?minPrice={minPrice}");

        var prices = body.GetProperty("items").EnumerateArray()
            .Select(item => TestBundles.History.Items.TryGetIndex(item.GetProperty("itemId").GetString()!, out var index) ? catalog.Price[index] : -1f)
            .ToList();
        Assert.NotEmpty(prices);
        Assert.All(prices, price => Assert.True(price >= minPrice, $"{price} < {minPrice}"));
    }

    [Fact]
    public async Task GetAlsoBought_KnownItem_NeverListsTheItemItself()
    {
        var body = await Shop.GetFromJsonAsync<JsonElement>($"/v1/items/{TestBundles.KnownItem}/also-bought?count=10");

        var items = body.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("itemId").GetString()).ToList();
        Assert.NotEmpty(items);
        Assert.DoesNotContain(TestBundles.KnownItem, items);
        Assert.Equal("also-bought", body.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task GetUpSell_KnownItem_Returns200()
    {
        var body = await Shop.GetFromJsonAsync<JsonElement>($"/v1/items/{TestBundles.KnownItem}/upsell");

        Assert.Equal("upsell", body.GetProperty("kind").GetString());
        Assert.DoesNotContain(TestBundles.KnownItem, body.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("itemId").GetString()));
    }

    [Fact]
    public async Task GetRecommendations_Repeated_IsACacheHitAndStoredInRedisUnderTheVersionedKey()
    {
        var statistics = fixture.Host.Services.GetRequiredService<CacheStatistics>();
        var customer = TestBundles.History.Customers[1];
        var path = $"/v1/customers/{customer}/recommendations?count=7";

        var first = await Shop.GetStringAsync(path);
        var missesAfterFirst = statistics.Misses;
        var hitsAfterFirst = statistics.MemoryHits;
        var second = await Shop.GetStringAsync(path);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(fixture.Host.Redis!.ConnectionString);
        var key = CacheKeys.GetRecommendationsKey(LoyaltyApiFixture.Version, customer, new RecommendationQuery(Count: 7));
        var stored = await AnswerCacheLayers.StoredJson(redis.GetDatabase(), key);

        Assert.Equal(first, second);
        Assert.True(statistics.MemoryHits > hitsAfterFirst);
        Assert.Equal(missesAfterFirst, statistics.Misses);
        Assert.Equal(first, stored);
    }
}

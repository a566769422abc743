using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Http;
using Loyalty.ML.Api.Items;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Recommendations;
using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Tests.Caching;

/// <summary>What both layers promise, each run against the shared service and its Redis.</summary>
[Collection(ApiCollection.Name)]
public sealed class AnswerCacheTests(LoyaltyApiFixture fixture)
{
    [Theory]
    [MemberData(nameof(AnswerCacheLayers.All), MemberType = typeof(AnswerCacheLayers))]
    public async Task GetOrCreate_SecondCall_IsAnsweredFromMemoryWithoutComputing(string layer)
    {
        var cache = AnswerCacheLayers.Resolve(fixture.Host.Services, layer);
        var statistics = fixture.Host.Services.GetRequiredService<CacheStatistics>();
        var key = $"{CacheKeys.Prefix}test:{Guid.NewGuid():N}";
        var computed = 0;
        var hitsBefore = statistics.MemoryHits;

        var first = await cache.GetOrCreateAsync(key, ApiJsonContext.Default.RecommendationsResponse, () => Answer(++computed));
        var second = await cache.GetOrCreateAsync(key, ApiJsonContext.Default.RecommendationsResponse, () => Answer(++computed));

        Assert.Equal(1, computed);
        Assert.Same(first, second);
        Assert.True(statistics.MemoryHits > hitsBefore);
    }

    [Theory]
    [MemberData(nameof(AnswerCacheLayers.All), MemberType = typeof(AnswerCacheLayers))]
    public async Task GetOrCreate_WithRedis_StoresTheAnswerInRedisUnderItsKey(string layer)
    {
        var cache = AnswerCacheLayers.Resolve(fixture.Host.Services, layer);
        var key = $"{CacheKeys.Prefix}test:{Guid.NewGuid():N}";
        await using var redis = await ConnectionMultiplexer.ConnectAsync(fixture.Host.Redis!.ConnectionString);

        await cache.GetOrCreateAsync(key, ApiJsonContext.Default.RecommendationsResponse, () => Answer(7));
        var stored = await AnswerCacheLayers.StoredJson(redis.GetDatabase(), key);

        Assert.Contains("\"modelVersion\":\"v7\"", stored, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AnswerCacheLayers.All), MemberType = typeof(AnswerCacheLayers))]
    public async Task GetOrCreate_ManyLargeAnswers_StaysWithinTheByteLimit(string layer)
    {
        const long limit = 1_000_000;
        await using var services = AnswerCacheLayers.Standalone(new CacheOptions { MemoryByteLimit = limit });
        var cache = AnswerCacheLayers.Resolve(services, layer);
        var items = Enumerable.Range(0, 100).Select(item => new RecommendedItemView($"I{item:D6}", item + 1, 0.5, null, null, null, null, null, null, null)).ToList();

        for (var customer = 0; customer < 2_000; customer++)
        {
            await cache.GetOrCreateAsync($"{CacheKeys.Prefix}big:{customer}", ApiJsonContext.Default.RecommendationsResponse, () => new RecommendationsResponse($"C{customer}", "personal", "v1", null, items));
        }

        Assert.InRange(cache.MemoryBytes, limit / 10, limit);
    }

    [Theory]
    [MemberData(nameof(AnswerCacheLayers.All), MemberType = typeof(AnswerCacheLayers))]
    public async Task GetOrCreate_WithRedis_StoresTheAnswerWithTheTtl(string layer)
    {
        var cache = AnswerCacheLayers.Resolve(fixture.Host.Services, layer);
        var key = $"{CacheKeys.Prefix}test:{Guid.NewGuid():N}";
        await using var redis = await ConnectionMultiplexer.ConnectAsync(fixture.Host.Redis!.ConnectionString);

        await cache.GetOrCreateAsync(key, ApiJsonContext.Default.RecommendationsResponse, () => Answer(8));
        await AnswerCacheLayers.StoredJson(redis.GetDatabase(), key);
        var ttl = await redis.GetDatabase().KeyTimeToLiveAsync(key);

        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(59), new CacheOptions().RedisTtl);
    }

    internal static RecommendationsResponse Answer(int version) =>
        new("C1", "personal", $"v{version}", null, [new RecommendedItemView("I1", 1, 1, null, null, null, null, null, null, null)]);
}

using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Contracts;
using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Tests.Caching;

[Collection(ApiCollection.Name)]
public sealed class ResponseCacheTests(LoyaltyApiFixture fixture)
{
    [Fact]
    public async Task GetOrCreate_SecondCall_IsAnsweredFromMemoryWithoutComputing()
    {
        var cache = fixture.Host.Services.GetRequiredService<ResponseCache>();
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

    [Fact]
    public async Task GetOrCreate_WithRedis_StoresTheAnswerInRedis()
    {
        var cache = fixture.Host.Services.GetRequiredService<ResponseCache>();
        var key = $"{CacheKeys.Prefix}test:{Guid.NewGuid():N}";
        await using var redis = await ConnectionMultiplexer.ConnectAsync(fixture.Host.Redis!.ConnectionString);

        await cache.GetOrCreateAsync(key, ApiJsonContext.Default.RecommendationsResponse, () => Answer(7));
        var stored = await RedisWait.ForValue(redis.GetDatabase(), key);

        Assert.Contains("\"modelVersion\":\"v7\"", stored, StringComparison.Ordinal);
    }

    internal static RecommendationsResponse Answer(int version) =>
        new("C1", "personal", $"v{version}", null, [new Loyalty.ML.Recommendations.RecommendedItem("I1", 0.5)]);
}

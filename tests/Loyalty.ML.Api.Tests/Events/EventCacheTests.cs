using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.ML.Api.Tests.Events;

/// <summary>
/// A purchase event ends the serving of that customer's cached answers, from the in-process layer and from a real
/// redis-server. Each case has a host of its own, so the cache statistics count only its requests.
/// </summary>
public sealed class EventCacheTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PostPurchase_AfterACachedAnswer_NextAnswerIsRecomputedWithoutTheItem(bool redisOnly)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"loyalty-event-cache-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var rules = Path.Combine(folder, "rules.json");
        File.WriteAllText(rules, "{}");
        // With the in-process layer off, every hit is a Redis hit: the Redis case then cannot pass on memory alone.
        IEnumerable<KeyValuePair<string, string?>> settings = redisOnly
            ? [.. EventLines.Settings(rules), new("Cache:MemoryTtl", "00:00:00")]
            : EventLines.Settings(rules);
        await using var host = await ApiHost.StartAsync(withRedis: redisOnly, publish: registry => TestBundles.Publish(registry, "v1"), settings: settings);
        try
        {
            var shop = host.Client(TestKeys.Shop);
            var statistics = host.Services.GetRequiredService<CacheStatistics>();
            var customer = TestBundles.KnownCustomer;
            long Hits() => redisOnly ? statistics.RedisHits : statistics.MemoryHits;

            var first = await EventLines.ListAsync(shop, customer, "personal");
            Assert.Equal(first, await CachedAnswer(shop, customer, Hits));
            Assert.NotEmpty(first);

            await EventLines.PostAsync(host.Client(EventLines.TillKey), EventLines.Purchase("cache-1", customer, first[0]));
            var missesBefore = statistics.Misses;
            var hitsBeforeFresh = Hits();
            var fresh = await EventLines.ListAsync(shop, customer, "personal");

            Assert.DoesNotContain(first[0], fresh);
            Assert.Equal(hitsBeforeFresh, Hits());
            Assert.Equal(missesBefore + 1, statistics.Misses);
            Assert.Equal(fresh, await CachedAnswer(shop, customer, Hits));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The Redis write after a miss is not awaited by the request, so the next request may still miss: ask until one hits.
    private static async Task<List<string>> CachedAnswer(HttpClient shop, string customer, Func<long> hits)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var before = hits();
            var answer = await EventLines.ListAsync(shop, customer, "personal");
            if (hits() > before)
            {
                return answer;
            }

            Assert.True(DateTime.UtcNow < deadline, "the answer was never served from the cache");
        }
    }
}

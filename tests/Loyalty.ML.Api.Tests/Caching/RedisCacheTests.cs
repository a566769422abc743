using System.Diagnostics;
using System.Net;
using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Http;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Recommendations;
using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Tests.Caching;

/// <summary>
/// A host of its own, serving with one cache layer, whose in-process layer is off, so every lookup goes to
/// Redis, which the tests kill. Run once per layer by the sealed classes; each is alone in its collection, since it
/// asserts on the process-wide Redis metrics.
/// </summary>
public abstract class RedisCacheTests : IAsyncLifetime
{
    private readonly CacheLayer _layer;
    private ApiHost? _host;

    private protected RedisCacheTests(CacheLayer layer) => _layer = layer;

    private ApiHost Host => _host!;

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync(
        publish: registry => TestBundles.Publish(registry, "v1"),
        settings: [new("Cache:MemoryTtl", "00:00:00"), new("Cache:Layer", _layer.ToString())]);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task GetOrCreate_AfterAMiss_IsAnsweredFromRedis()
    {
        var (cache, statistics) = Cache();
        var key = $"{CacheKeys.Prefix}test:{Guid.NewGuid():N}";
        var computed = 0;

        await cache.GetOrCreateAsync(key, ApiJsonContext.Default.RecommendationsResponse, () => AnswerCacheTests.Answer(++computed));
        var redisHits = statistics.RedisHits;
        var second = await WaitForRedisHit(cache, statistics, key, redisHits, () => AnswerCacheTests.Answer(++computed));

        Assert.Equal(1, computed);
        Assert.Equal("v1", second.ModelVersion);
    }

    [Fact]
    public async Task RedisStalled_LookupGivesUpWithinTheTimeoutAndAnswers()
    {
        var (cache, statistics) = Cache();
        var failures = statistics.RedisErrors;
        await using var admin = await ConnectionMultiplexer.ConnectAsync(Host.Redis!.ConnectionString + ",allowAdmin=true");
        await using var probe = await ConnectionMultiplexer.ConnectAsync(Host.Redis!.ConnectionString);
        var stall = admin.GetDatabase().ExecuteAsync("DEBUG", "SLEEP", "2");
        await WaitUntilStalled(probe);

        var clock = Stopwatch.StartNew();
        var answer = await cache.GetOrCreateAsync($"{CacheKeys.Prefix}stalled:{Guid.NewGuid():N}", ApiJsonContext.Default.RecommendationsResponse, () => AnswerCacheTests.Answer(5));
        var elapsed = clock.Elapsed;
        await stall;

        Assert.Equal("v5", answer.ModelVersion);
        Assert.True(elapsed < TimeSpan.FromMilliseconds(600), $"the lookup took {elapsed} while Redis stalled");
        Assert.True(statistics.RedisErrors > failures);
    }

    // On a busy machine the SLEEP may start late; a lookup before it would be a plain miss, not a stall.
    private static async Task WaitUntilStalled(ConnectionMultiplexer probe)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(1))
        {
            var ping = probe.GetDatabase().PingAsync();
            if (await Task.WhenAny(ping, Task.Delay(50)) != ping)
            {
                return;
            }
        }

        Assert.Fail("Redis never stalled");
    }

    [Fact]
    public async Task RedisKilled_AnswersKeepComingFast_AndTheCacheRecoversWhenItIsBack()
    {
        var (cache, statistics) = Cache();
        await Host.Redis!.KillAsync();
        var clock = Stopwatch.StartNew();
        for (var call = 0; call < 50; call++)
        {
            var answer = await cache.GetOrCreateAsync($"{CacheKeys.Prefix}down:{call}", ApiJsonContext.Default.RecommendationsResponse, () => AnswerCacheTests.Answer(call));
            Assert.Equal($"v{call}", answer.ModelVersion);
        }

        var elapsed = clock.Elapsed;
        var client = Host.Client(TestKeys.Shop);
        var statuses = new List<System.Net.HttpStatusCode>();
        foreach (var customer in TestBundles.History.Customers.Ids.Take(20))
        {
            statuses.Add((await client.GetAsync($"/v1/customers/{customer}/recommendations")).StatusCode);
        }

        var health = await HealthWait.Until(Host, body => body.Contains("Redis unreachable", StringComparison.Ordinal), "/health", seconds: 5);
        var ready = await Host.Client().GetAsync("/health/ready");

        await Host.Redis.RestartAsync();
        var key = $"{CacheKeys.Prefix}back:{Guid.NewGuid():N}";
        var recovered = await WaitForRedisHit(cache, statistics, key, statistics.RedisHits, () => AnswerCacheTests.Answer(99));

        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"50 lookups took {elapsed} with Redis down");
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Contains("\"redis\":{\"status\":\"Degraded\"", health);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.DoesNotContain("redis", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("v99", recovered.ModelVersion);
    }

    [Fact]
    public async Task RedisKilled_WhileRequestsAreServed_MetricsShowItUnreachable()
    {
        var client = Host.Client(TestKeys.Shop);
        await client.GetAsync($"/v1/customers/{TestBundles.KnownCustomer}/recommendations");
        var before = await Scrape();
        await Host.Redis!.KillAsync();
        await HealthWait.Until(Host, body => body.Contains("Redis unreachable", StringComparison.Ordinal), "/health", seconds: 5);

        var statuses = new List<HttpStatusCode>();
        foreach (var customer in TestBundles.History.Customers.Ids.Skip(20).Take(10))
        {
            statuses.Add((await client.GetAsync($"/v1/customers/{customer}/recommendations")).StatusCode);
        }

        var during = await Scrape();
        await Host.Redis.RestartAsync();

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(1, Sample(before, "loyalty_redis_connected"));
        Assert.Equal(0, Sample(during, "loyalty_redis_connected"));
        Assert.True(Sample(during, "loyalty_redis_failures_total") >= Sample(before, "loyalty_redis_failures_total") + statuses.Count,
            $"failures before {Sample(before, "loyalty_redis_failures_total")}, during {Sample(during, "loyalty_redis_failures_total")}");
    }

    private async Task<string> Scrape() => await Host.Client().GetStringAsync("/metrics");

    // The sum over every series of the metric (labels or none); 0 when it has none yet.
    private static double Sample(string exposition, string metric) => exposition
        .Split('\n')
        .Where(line => line.StartsWith(metric + " ", StringComparison.Ordinal) || line.StartsWith(metric + "{", StringComparison.Ordinal))
        .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));

    private (IAnswerCache Cache, CacheStatistics Statistics) Cache() =>
        (Host.Services.GetRequiredService<IAnswerCache>(), Host.Services.GetRequiredService<CacheStatistics>());

    private static async Task<RecommendationsResponse> WaitForRedisHit(
        IAnswerCache cache, CacheStatistics statistics, string key, long hitsBefore, Func<RecommendationsResponse> create)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            var answer = await cache.GetOrCreateAsync(key, ApiJsonContext.Default.RecommendationsResponse, create);
            if (statistics.RedisHits > hitsBefore)
            {
                return answer;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{key} was never answered from Redis.");
    }
}

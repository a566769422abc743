using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using MicrosoftOptions = Microsoft.Extensions.Options.Options;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;
using DistributedRedisCache = Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache;
using DistributedRedisCacheOptions = Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions;

namespace Loyalty.ML.Api.Extensions;

/// <summary>
/// Registers <see cref="FusionAnswerCache"/> (<c>Cache:Layer=FusionCache</c>) with the budget, TTLs, timeouts and break
/// duration the hand-written layer uses, on the one shared multiplexer.
/// </summary>
internal static class FusionCacheExtensions
{
    /// <summary>Adds FusionCache and the answer cache over it; nothing is built until the answer cache is first resolved.</summary>
    public static void AddFusionAnswerCache(this IServiceCollection services)
    {
        services.AddKeyedSingleton(FusionAnswerCache.MemoryKey, (services, _) => new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = services.GetRequiredService<IOptions<CacheOptions>>().Value.MemoryByteLimit,
            TrackStatistics = true,
        }));
        services.AddFusionCache()
            .WithOptions((services, options) => Configure(options, services.GetRequiredService<IOptions<CacheOptions>>().Value, services.GetRequiredService<IOptions<RedisOptions>>().Value))
            .WithMemoryCache(services => services.GetRequiredKeyedService<MemoryCache>(FusionAnswerCache.MemoryKey))
            .WithPostSetup(static (services, cache) =>
            {
                if (services.GetRequiredService<IOptions<RedisOptions>>().Value.IsConfigured)
                {
                    UseRedis(services, cache);
                }
            });
        services.AddSingleton(services => new FusionAnswerCache(
            services.GetRequiredService<IFusionCache>(),
            services.GetRequiredKeyedService<MemoryCache>(FusionAnswerCache.MemoryKey),
            services.GetRequiredService<CacheStatistics>(),
            services.GetRequiredService<IOptions<RedisOptions>>().Value.IsConfigured ? services.GetRequiredService<IConnectionMultiplexer>() : null));
    }

    private static void UseRedis(IServiceProvider services, IFusionCache cache)
    {
        var connection = services.GetRequiredService<IConnectionMultiplexer>();
        cache.SetupDistributedCache(
            new DistributedRedisCache(MicrosoftOptions.Create(new DistributedRedisCacheOptions { ConnectionMultiplexerFactory = () => Task.FromResult(connection) })),
            new FusionCacheSystemTextJsonSerializer(FusionCacheJsonContext.Default.Options));

        // No backplane: a key's answer never changes (model version, the customer's events and the arguments are in the
        // key), so there is nothing to invalidate across replicas, and a backplane would only publish every write and
        // make the other replicas drop an equal answer from memory and read it back from Redis.
    }

    private static void Configure(FusionCacheOptions options, CacheOptions cache, RedisOptions redis)
    {
        options.DistributedCacheCircuitBreakerDuration = redis.BreakDuration;

        // Keys in Redis stay exactly CacheKeys' keys (prefix, hash tags), as the hand-written layer writes them.
        options.DistributedCacheKeyModifierMode = CacheKeyModifierMode.None;

        // CacheStatistics is counted from events; synchronous handlers keep the counts current when the call returns.
        options.EnableSyncEventHandlersExecution = true;
        DefaultEntryOptions(options.DefaultEntryOptions, cache, redis);
    }

    private static void DefaultEntryOptions(FusionCacheEntryOptions options, CacheOptions cache, RedisOptions redis)
    {
        var memoryOff = cache.MemoryTtl == TimeSpan.Zero;
        options.Duration = memoryOff ? cache.RedisTtl : cache.MemoryTtl;
        options.DistributedCacheDuration = cache.RedisTtl;
        options.SkipMemoryCacheRead = memoryOff;
        options.SkipMemoryCacheWrite = memoryOff;

        // An answer is a pure function of its key (model version, customer generation, arguments): there is never a
        // stale one to fall back on that a recomputation would not equal, so fail-safe would only hold memory longer.
        options.IsFailSafeEnabled = false;
        options.DistributedCacheSoftTimeout = redis.OperationTimeout;
        options.DistributedCacheHardTimeout = redis.OperationTimeout;

        // Writes to Redis do not hold up the answer, as the hand-written layer's fire-and-forget SET.
        options.AllowBackgroundDistributedCacheOperations = true;
    }
}

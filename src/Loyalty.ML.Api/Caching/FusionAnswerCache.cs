using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Caching.Memory;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;

namespace Loyalty.ML.Api.Caching;

/// <summary>
/// The answer cache on FusionCache: its memory level bounded in bytes as <see cref="ResponseCache"/> is, Redis as its
/// distributed level with FusionCache's timeouts and circuit breaker, and no backplane (a key's answer never changes).
/// Outcomes are counted in <see cref="CacheStatistics"/> from FusionCache's events, so both layers report memory hits,
/// Redis hits and misses.
/// </summary>
internal sealed class FusionAnswerCache : IAnswerCache, IDisposable
{
    /// <summary>Key of the <see cref="MemoryCache"/> FusionCache uses as its memory level.</summary>
    public const string MemoryKey = "answers";

    private readonly IFusionCache _cache;
    private readonly MemoryCache _memory;
    private readonly CacheStatistics _statistics;
    private readonly IConnectionMultiplexer? _redis;
    private readonly FusionCacheEntryOptions _entryOptions;
    private volatile bool _redisBroken;

    // Before the first answer is measured; after it, answers read from Redis are counted at the last measured size.
    private int _lastJsonBytes = 2048;

    /// <summary>Wraps <paramref name="cache"/>; <paramref name="redis"/> is null when no Redis is configured.</summary>
    public FusionAnswerCache(IFusionCache cache, MemoryCache memory, CacheStatistics statistics, IConnectionMultiplexer? redis)
    {
        _cache = cache;
        _memory = memory;
        _statistics = statistics;
        _redis = redis;
        _entryOptions = cache.DefaultEntryOptions;
        cache.Events.Memory.Hit += (_, args) => CountHit(args.IsStale, statistics.MemoryHit);
        cache.Events.Distributed.Hit += (_, args) => CountHit(args.IsStale, statistics.RedisHit);
        cache.Events.Distributed.CircuitBreakerChange += (_, args) => BreakerChanged(args.IsClosed);
    }

    /// <inheritdoc />
    public long MemoryBytes => _memory.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <inheritdoc />
    public async ValueTask<T> GetOrCreateAsync<T>(string key, JsonTypeInfo<T> typeInfo, Func<T> create)
        where T : class
    {
        var redisUnavailable = _redis is not null && (_redisBroken || !_redis.IsConnected);

        // An answer read from Redis enters memory at this estimate; a computed one at its measured size (set in Create).
        var options = _entryOptions.Duplicate().SetSize(ResponseCache.EntrySize(key, Volatile.Read(ref _lastJsonBytes)));
        return await _cache.GetOrSetAsync<T>(
            key,
            (context, _) => Task.FromResult(Create(context, key, typeInfo, create, redisUnavailable)),
            options);
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();

    private T Create<T>(FusionCacheFactoryExecutionContext<T> context, string key, JsonTypeInfo<T> typeInfo, Func<T> create, bool redisUnavailable)
    {
        _statistics.Miss();
        if (redisUnavailable)
        {
            _statistics.RedisSkipped();
        }

        var created = create();
        var jsonBytes = JsonSerializer.SerializeToUtf8Bytes(created, typeInfo).Length;
        Volatile.Write(ref _lastJsonBytes, jsonBytes);
        context.Options.Size = ResponseCache.EntrySize(key, jsonBytes);
        return created;
    }

    private static void CountHit(bool isStale, Action count)
    {
        if (!isStale)
        {
            count();
        }
    }

    // FusionCache opens its breaker on a failed or timed-out Redis call: that call is the error; calls while it is open are skipped.
    private void BreakerChanged(bool isClosed)
    {
        _redisBroken = !isClosed;
        if (!isClosed)
        {
            _statistics.RedisError();
        }
    }
}

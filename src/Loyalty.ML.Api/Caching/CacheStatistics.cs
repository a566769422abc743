using Prometheus;

namespace Loyalty.ML.Api.Caching;

/// <summary>Counts cache outcomes for this process (read by tests) and for Prometheus.</summary>
internal sealed class CacheStatistics
{
    private static readonly Counter Lookups = Metrics.CreateCounter("loyalty_cache_lookups_total", "Answer cache lookups by outcome.", "outcome");
    private static readonly Counter.Child MemoryHitCounter = Lookups.WithLabels("memory_hit");
    private static readonly Counter.Child RedisHitCounter = Lookups.WithLabels("redis_hit");
    private static readonly Counter.Child MissCounter = Lookups.WithLabels("miss");
    private static readonly Counter RedisFailures = Metrics.CreateCounter(
        "loyalty_redis_failures_total",
        "Redis operations the answers went without: reason=error when one failed or timed out, reason=unavailable when it was skipped because Redis was disconnected or had just failed. Answers were computed without the cache.",
        "reason");
    private static readonly Counter.Child RedisErrorCounter = RedisFailures.WithLabels("error");
    private static readonly Counter.Child RedisUnavailableCounter = RedisFailures.WithLabels("unavailable");

    private long _memoryHits;
    private long _redisHits;
    private long _misses;
    private long _redisErrors;
    private long _redisUnavailable;

    /// <summary>Answers served from the in-process layer.</summary>
    public long MemoryHits => Interlocked.Read(ref _memoryHits);

    /// <summary>Answers served from Redis.</summary>
    public long RedisHits => Interlocked.Read(ref _redisHits);

    /// <summary>Answers computed.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Redis operations that failed or timed out.</summary>
    public long RedisErrors => Interlocked.Read(ref _redisErrors);

    /// <summary>Redis operations skipped because Redis was disconnected or had just failed.</summary>
    public long RedisUnavailable => Interlocked.Read(ref _redisUnavailable);

    /// <summary>Counts an in-process hit.</summary>
    public void MemoryHit()
    {
        Interlocked.Increment(ref _memoryHits);
        MemoryHitCounter.Inc();
    }

    /// <summary>Counts a Redis hit.</summary>
    public void RedisHit()
    {
        Interlocked.Increment(ref _redisHits);
        RedisHitCounter.Inc();
    }

    /// <summary>Counts a computed answer.</summary>
    public void Miss()
    {
        Interlocked.Increment(ref _misses);
        MissCounter.Inc();
    }

    /// <summary>Counts a Redis operation that failed or timed out.</summary>
    public void RedisError()
    {
        Interlocked.Increment(ref _redisErrors);
        RedisErrorCounter.Inc();
    }

    /// <summary>Counts a Redis operation skipped because Redis is disconnected or just failed.</summary>
    public void RedisSkipped()
    {
        Interlocked.Increment(ref _redisUnavailable);
        RedisUnavailableCounter.Inc();
    }
}

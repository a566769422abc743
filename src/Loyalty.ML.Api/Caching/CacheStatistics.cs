using Prometheus;

namespace Loyalty.ML.Api.Caching;

/// <summary>Counts cache outcomes for this process (read by tests) and for Prometheus.</summary>
internal sealed class CacheStatistics
{
    private static readonly Counter Lookups = Metrics.CreateCounter("loyalty_cache_lookups_total", "Answer cache lookups by outcome.", "outcome");
    private static readonly Counter.Child MemoryHitCounter = Lookups.WithLabels("memory_hit");
    private static readonly Counter.Child RedisHitCounter = Lookups.WithLabels("redis_hit");
    private static readonly Counter.Child MissCounter = Lookups.WithLabels("miss");
    private static readonly Counter RedisFailureCounter = Metrics.CreateCounter("loyalty_redis_failures_total", "Redis operations that failed or timed out; answers were computed without the cache.");

    private long _memoryHits;
    private long _redisHits;
    private long _misses;
    private long _redisFailures;

    /// <summary>Answers served from the in-process layer.</summary>
    public long MemoryHits => Interlocked.Read(ref _memoryHits);

    /// <summary>Answers served from Redis.</summary>
    public long RedisHits => Interlocked.Read(ref _redisHits);

    /// <summary>Answers computed.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Redis operations that failed or timed out.</summary>
    public long RedisFailures => Interlocked.Read(ref _redisFailures);

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

    /// <summary>Counts a Redis failure.</summary>
    public void RedisFailure()
    {
        Interlocked.Increment(ref _redisFailures);
        RedisFailureCounter.Inc();
    }
}

namespace Loyalty.ML.Api.Caching;

/// <summary>The shared byte cache. Never throws: a failed or slow Redis reads as a miss and writes are dropped.</summary>
internal interface IRedisCache
{
    /// <summary>False when no Redis is configured.</summary>
    bool IsConfigured { get; }

    /// <summary>The value of <paramref name="key"/>, or null on a miss or when Redis is unavailable.</summary>
    ValueTask<byte[]?> TryGetAsync(string key);

    /// <summary>Stores <paramref name="value"/> without waiting for Redis to answer.</summary>
    void Set(string key, byte[] value, TimeSpan ttl);

    /// <summary>Null when Redis answers a ping in time (or is not configured), otherwise why not.</summary>
    Task<string?> CheckAsync();
}

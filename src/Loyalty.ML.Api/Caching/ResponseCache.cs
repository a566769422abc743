using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Caching;

/// <summary>
/// Cache-aside for answers: an in-process layer bounded in entries, then Redis when configured, then the
/// model. Hot keys are answered from process memory, so a cached answer costs about what a bare Redis GET does.
/// </summary>
internal sealed class ResponseCache(IRedisCache redis, CacheStatistics statistics, IOptions<CacheOptions> options, ILogger<ResponseCache> logger)
    : IDisposable
{
    private readonly MemoryCache _memory = new(new MemoryCacheOptions { SizeLimit = options.Value.MemoryEntryLimit });
    private readonly TimeSpan _memoryTtl = options.Value.MemoryTtl;
    private readonly TimeSpan _redisTtl = options.Value.RedisTtl;

    /// <summary>The cached answer under <paramref name="key"/>, or the one <paramref name="create"/> computes (then cached).</summary>
    public async ValueTask<T> GetOrCreateAsync<T>(string key, JsonTypeInfo<T> typeInfo, Func<T> create)
        where T : class
    {
        if (_memoryTtl > TimeSpan.Zero && _memory.TryGetValue(key, out var held) && held is T hit)
        {
            statistics.MemoryHit();
            return hit;
        }

        if (redis.IsConfigured && await redis.TryGetAsync(key) is { } bytes && Deserialize(key, bytes, typeInfo) is { } stored)
        {
            statistics.RedisHit();
            Remember(key, stored);
            return stored;
        }

        statistics.Miss();
        var created = create();
        Remember(key, created);
        if (redis.IsConfigured)
        {
            redis.Set(key, JsonSerializer.SerializeToUtf8Bytes(created, typeInfo), _redisTtl);
        }

        return created;
    }

    /// <inheritdoc />
    public void Dispose() => _memory.Dispose();

    private void Remember<T>(string key, T value)
    {
        if (_memoryTtl > TimeSpan.Zero)
        {
            _memory.Set(key, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _memoryTtl });
        }
    }

    private T? Deserialize<T>(string key, byte[] bytes, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(bytes, typeInfo);
        }
        catch (JsonException exception)
        {
            CacheLog.UnreadableValue(logger, key, exception);
            return null;
        }
    }
}

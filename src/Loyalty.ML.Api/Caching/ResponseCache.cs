using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Caching;

/// <summary>
/// Cache-aside for answers: an in-process layer bounded in bytes, then Redis when configured, then the
/// model. Hot keys are answered from process memory, so a cached answer costs about what a bare Redis GET does.
/// </summary>
internal sealed class ResponseCache(IRedisCache redis, CacheStatistics statistics, IOptions<CacheOptions> options, ILogger<ResponseCache> logger)
    : IAnswerCache, IDisposable
{
    private readonly MemoryCache _memory = new(new MemoryCacheOptions { SizeLimit = options.Value.MemoryByteLimit, TrackStatistics = true });
    private readonly TimeSpan _memoryTtl = options.Value.MemoryTtl;
    private readonly TimeSpan _redisTtl = options.Value.RedisTtl;

    /// <inheritdoc />
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
            Remember(key, stored, bytes.Length);
            return stored;
        }

        statistics.Miss();
        var created = create();
        if (_memoryTtl > TimeSpan.Zero || redis.IsConfigured)
        {
            var serialized = JsonSerializer.SerializeToUtf8Bytes(created, typeInfo);
            Remember(key, created, serialized.Length);
            if (redis.IsConfigured)
            {
                redis.Set(key, serialized, _redisTtl);
            }
        }

        return created;
    }

    /// <inheritdoc />
    public long MemoryBytes => _memory.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>Estimated size of an answer in process memory, counted against <see cref="CacheOptions.MemoryByteLimit"/>.</summary>
    public static long EntrySize(string key, int jsonBytes) => (2L * jsonBytes) + (2L * key.Length) + CacheOptions.EntryOverhead;

    /// <inheritdoc />
    public void Dispose() => _memory.Dispose();

    private void Remember<T>(string key, T value, int jsonBytes)
    {
        if (_memoryTtl > TimeSpan.Zero)
        {
            _memory.Set(key, value, new MemoryCacheEntryOptions { Size = EntrySize(key, jsonBytes), AbsoluteExpirationRelativeToNow = _memoryTtl });
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

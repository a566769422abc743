using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Exposures;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Exposures;

/// <summary>
/// Served lists on Redis: one stream per replica (<see cref="KeyOf"/>, its origin in the name), entries of at most
/// <see cref="ExposureEntries.ListsPerEntry"/> lists, and a directory of the replicas that wrote (<see cref="DirectoryKey"/>, a sorted set
/// scored by the last write). A replica reads the others' streams and never its own, so logging a list costs one write,
/// not a write and a read-back. Streams of replicas gone quiet expire after the retention. Apart from the event stream:
/// lists are many and may wait a second, events are few and must not. Every command names one key (cluster-safe).
/// </summary>
internal sealed class RedisExposureStream(
    IConnectionMultiplexer connection, IOptions<RedisOptions> redis, IOptions<ExposureOptions> options, TimeProvider time, ILogger<RedisExposureStream> logger) : IExposureStream
{
    /// <summary>The sorted set of replicas (origins) that wrote lists, scored by the time of their last write (Unix ms).</summary>
    public const string DirectoryKey = CacheKeys.Prefix + "exposures";

    private const string ListsField = "lists";

    /// <inheritdoc />
    public bool IsShared => true;

    /// <summary>The stream of the replica <paramref name="origin"/>.</summary>
    public static string KeyOf(long origin) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{DirectoryKey}:{origin}");

    /// <inheritdoc />
    public async Task<bool> PublishAsync(long origin, ExposureEntries entries)
    {
        if (entries.Count == 0)
        {
            return true;
        }

        try
        {
            var database = connection.GetDatabase();
            var key = KeyOf(origin);
            var writes = new List<Task>();
            foreach (var entry in entries.Entries())
            {
                writes.Add(database.StreamAddAsync(key, ListsField, entry, maxLength: options.Value.StreamMaxLength, useApproximateMaxLength: true));
            }

            writes.Add(database.KeyExpireAsync(key, options.Value.Retention));
            writes.Add(database.SortedSetAddAsync(DirectoryKey, origin, time.GetUtcNow().ToUnixTimeMilliseconds()));
            await Task.WhenAll(writes).WaitAsync(redis.Value.OperationTimeout * 10);
            return true;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            ExposureMetrics.StreamFailed();
            ExposureLogMessages.StreamFailed(logger, entries.Count, exception);
            return false;
        }
    }

    /// <summary>The replicas that wrote lists within the retention; throws when Redis fails.</summary>
    public async Task<List<long>> OriginsAsync()
    {
        var since = (time.GetUtcNow() - options.Value.Retention).ToUnixTimeMilliseconds();
        var members = await connection.GetDatabase().SortedSetRangeByScoreAsync(DirectoryKey, since);
        return [.. members.Select(member => member.TryParse(out long origin) ? origin : 0).Where(origin => origin != 0)];
    }

    /// <summary>Up to <paramref name="count"/> entries of <paramref name="origin"/>'s stream after <paramref name="afterId"/>, oldest first; throws when Redis fails.</summary>
    public async Task<List<ExposureBatch>> ReadAsync(long origin, string afterId, int count)
    {
        var entries = await connection.GetDatabase().StreamReadAsync(KeyOf(origin), afterId, count);
        return [.. entries.Select(entry => new ExposureBatch(entry.Id!, entry[ListsField]))];
    }
}

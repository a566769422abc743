using System.Globalization;
using System.Text.Json;
using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Exposures;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Exposures;

/// <summary>
/// Served lists as entries of one Redis Stream (<see cref="Key"/>), one entry per written batch, with the replica that
/// served them, so each replica stores the others' lists and skips its own without reading them. A stream of its own,
/// apart from the event stream: lists are many and may wait a second, events are few and must not.
/// </summary>
internal sealed class RedisExposureStream(
    IConnectionMultiplexer connection, IOptions<RedisOptions> redis, IOptions<ExposureOptions> options, ILogger<RedisExposureStream> logger) : IExposureStream
{
    /// <summary>The stream's key.</summary>
    public const string Key = CacheKeys.Prefix + "exposures";

    private const string OriginField = "origin";
    private const string ListsField = "lists";

    /// <inheritdoc />
    public bool IsShared => true;

    /// <inheritdoc />
    public async Task<bool> PublishAsync(long origin, IReadOnlyList<ServedList> lists)
    {
        if (lists.Count == 0)
        {
            return true;
        }

        try
        {
            var json = JsonSerializer.SerializeToUtf8Bytes([.. lists], ExposureJsonContext.Default.ServedListArray);
            await connection.GetDatabase()
                .StreamAddAsync(Key, [new NameValueEntry(OriginField, origin), new NameValueEntry(ListsField, json)], maxLength: options.Value.StreamMaxLength, useApproximateMaxLength: true)
                .WaitAsync(redis.Value.OperationTimeout * 10);
            return true;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            ExposureMetrics.StreamFailed();
            ExposureLogMessages.StreamFailed(logger, lists.Count, exception);
            return false;
        }
    }

    /// <summary>Up to <paramref name="count"/> entries after <paramref name="afterId"/>, oldest first; throws when Redis fails.</summary>
    public async Task<List<ExposureBatch>> ReadAsync(string afterId, int count)
    {
        var entries = await connection.GetDatabase().StreamReadAsync(Key, afterId, count);
        return [.. entries.Select(Parse)];
    }

    private static ExposureBatch Parse(StreamEntry entry) => new(
        entry.Id!,
        long.TryParse(entry[OriginField].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var origin) ? origin : 0,
        (byte[]?)entry[ListsField]);
}

using System.Text.Json;
using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Contracts;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Events;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Events;

/// <summary>
/// Events as entries of one Redis Stream (<see cref="Key"/>), each with its kind and the event as JSON, in the order
/// they were stored, so every replica can apply them in that order by reading from the last id it applied.
/// </summary>
internal sealed class RedisEventStream(IConnectionMultiplexer connection, IOptions<RedisOptions> options, ILogger<RedisEventStream> logger) : IEventStream
{
    /// <summary>The stream's key.</summary>
    public const string Key = CacheKeys.EventStreamKey;

    private const string KindField = "kind";
    private const string EventField = "event";
    private const string PurchaseKind = "purchase";
    private const string OfferKind = "offer";

    /// <inheritdoc />
    public async Task PublishAsync(IReadOnlyList<PurchaseEvent> purchases, IReadOnlyList<OfferEvent> offers)
    {
        if (purchases.Count + offers.Count == 0)
        {
            return;
        }

        try
        {
            var batch = connection.GetDatabase().CreateBatch();
            var writes = purchases.Select(purchase => Add(batch, PurchaseKind, JsonSerializer.SerializeToUtf8Bytes(purchase, ApiJsonContext.Default.PurchaseEvent)))
                .Concat(offers.Select(offer => Add(batch, OfferKind, JsonSerializer.SerializeToUtf8Bytes(offer, ApiJsonContext.Default.OfferEvent))))
                .ToList();
            batch.Execute();
            await Task.WhenAll(writes).WaitAsync(options.Value.OperationTimeout * 10);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            EventMetrics.StreamFailed();
            EventLog.StreamFailed(logger, purchases.Count + offers.Count, exception);
        }
    }

    /// <summary>Up to <paramref name="count"/> entries after <paramref name="afterId"/> ("0" for the start), oldest first.</summary>
    public static async Task<List<StreamedEvent>> ReadAsync(IDatabase database, string afterId, int count)
    {
        var entries = await database.StreamReadAsync(Key, afterId, count);
        return [.. entries.Select(Parse)];
    }

    private static Task<RedisValue> Add(IBatch batch, string kind, byte[] json) =>
        batch.StreamAddAsync(Key, [new NameValueEntry(KindField, kind), new NameValueEntry(EventField, json)]);

    private static StreamedEvent Parse(StreamEntry entry)
    {
        var json = (byte[])entry[EventField]!;
        return entry[KindField] == PurchaseKind
            ? new StreamedEvent(entry.Id!, JsonSerializer.Deserialize(json, ApiJsonContext.Default.PurchaseEvent), null)
            : new StreamedEvent(entry.Id!, null, JsonSerializer.Deserialize(json, ApiJsonContext.Default.OfferEvent));
    }
}

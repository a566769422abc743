using System.Text.Json;
using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Http;
using Loyalty.ML.Api.Logging;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Events;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Events;

/// <summary>
/// Events as entries of one Redis Stream (<see cref="Key"/>), each with its kind and the event as JSON, in the order
/// they were stored, so every replica can apply them in that order by reading from the last id it applied. Each write
/// is followed by a notice on <see cref="NoticeChannel"/> that wakes the followers.
/// </summary>
internal sealed class RedisEventStream(
    IConnectionMultiplexer connection, IOptions<RedisOptions> options, IOptions<EventStreamOptions> streamOptions, IOptions<EventOptions> eventOptions,
    TimeProvider time, ILogger<RedisEventStream> logger) : IEventStream
{
    /// <summary>The stream's key.</summary>
    public const string Key = CacheKeys.EventStreamKey;

    /// <summary>The pub/sub channel told after each write.</summary>
    public static readonly RedisChannel NoticeChannel = RedisChannel.Literal(CacheKeys.Prefix + "events:written");

    private const string KindField = "kind";
    private const string EventField = "event";
    private const string PurchaseKind = "purchase";
    private const string OfferKind = "offer";
    private const int WritesPerTimeout = 500;

    private readonly LogThrottle _noticeFailures = new(eventOptions.Value.WarningInterval, time);

    /// <inheritdoc />
    public bool IsShared => true;

    /// <summary>The connection, for the stream's other readers (gap checks).</summary>
    public IConnectionMultiplexer Connection => connection;

    /// <inheritdoc />
    public async Task<string?> PublishAsync(IReadOnlyList<PurchaseEvent> purchases, IReadOnlyList<OfferEvent> offers)
    {
        try
        {
            await WriteAsync(purchases, offers);
            return null;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            EventMetrics.StreamFailed();
            return $"{exception.GetType().Name}: {exception.Message}";
        }
    }

    /// <summary>Appends the events, purchases then offers, in one pipelined batch, then the notice; throws when Redis fails.</summary>
    public async Task WriteAsync(IReadOnlyList<PurchaseEvent> purchases, IReadOnlyList<OfferEvent> offers)
    {
        var count = purchases.Count + offers.Count;
        if (count == 0)
        {
            return;
        }

        var batch = connection.GetDatabase().CreateBatch();
        var writes = purchases.Select(purchase => Add(batch, PurchaseKind, JsonSerializer.SerializeToUtf8Bytes(purchase, ApiJsonContext.Default.PurchaseEvent)))
            .Concat(offers.Select(offer => Add(batch, OfferKind, JsonSerializer.SerializeToUtf8Bytes(offer, ApiJsonContext.Default.OfferEvent))))
            .ToList<Task>();
        batch.Execute();
        await Task.WhenAll(writes).WaitAsync(options.Value.OperationTimeout * 10 * Math.Max(1, count / WritesPerTimeout));

        // Only once the entries are in: on a cluster the notice goes to another node than the stream's and, sent in the
        // same batch, could wake a follower before the entries are there to read (it would then wait for a poll).
        if (streamOptions.Value.Notifications)
        {
            await NotifyAsync();
        }
    }

    // A lost notice costs followers one poll interval, nothing else: the entries are on the stream.
    private async Task NotifyAsync()
    {
        try
        {
            await connection.GetDatabase().PublishAsync(NoticeChannel, RedisValue.EmptyString).WaitAsync(options.Value.OperationTimeout * 10);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            if (_noticeFailures.Count() is > 0 and var failures)
            {
                EventLog.NoticeFailed(logger, failures, _noticeFailures.Interval, exception.Message);
            }
        }
    }

    /// <summary>Up to <paramref name="count"/> entries after <paramref name="afterId"/>, oldest first; throws when Redis fails.</summary>
    public Task<List<StreamedEvent>> ReadAsync(string afterId, int count) => ReadAsync(connection.GetDatabase(), afterId, count);

    /// <summary>Calls <paramref name="onNotice"/> on every write notice, from now on and again after reconnects; throws when Redis fails.</summary>
    public Task SubscribeAsync(Action onNotice) => connection.GetSubscriber().SubscribeAsync(NoticeChannel, (_, _) => onNotice());

    /// <summary>Up to <paramref name="count"/> entries after <paramref name="afterId"/> ("0" for the start), oldest first.</summary>
    public static async Task<List<StreamedEvent>> ReadAsync(IDatabase database, string afterId, int count)
    {
        var entries = await database.StreamReadAsync(Key, afterId, count);
        return [.. entries.Select(Parse)];
    }

    private Task<RedisValue> Add(IBatch batch, string kind, byte[] json) =>
        batch.StreamAddAsync(Key, [new NameValueEntry(KindField, kind), new NameValueEntry(EventField, json)], maxLength: streamOptions.Value.MaxLength, useApproximateMaxLength: true);

    // An entry this version cannot read is passed on with no event, so one bad entry cannot stop a follower.
    private static StreamedEvent Parse(StreamEntry entry)
    {
        try
        {
            var json = (byte[]?)entry[EventField];
            var kind = entry[KindField];
            return json is null ? new StreamedEvent(entry.Id!, null, null)
                : kind == PurchaseKind ? new StreamedEvent(entry.Id!, JsonSerializer.Deserialize(json, ApiJsonContext.Default.PurchaseEvent), null)
                : kind == OfferKind ? new StreamedEvent(entry.Id!, null, JsonSerializer.Deserialize(json, ApiJsonContext.Default.OfferEvent))
                : new StreamedEvent(entry.Id!, null, null);
        }
        catch (JsonException)
        {
            return new StreamedEvent(entry.Id!, null, null);
        }
    }
}

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
/// they were stored, so every replica can apply them in that order by reading from the last id it applied. Each write
/// is followed by a notice on <see cref="NoticeChannel"/> that wakes the followers.
/// </summary>
internal sealed class RedisEventStream(
    IConnectionMultiplexer connection, IOptions<RedisOptions> options, IOptions<EventStreamOptions> streamOptions, ILogger<RedisEventStream> logger) : IEventStream
{
    /// <summary>The stream's key.</summary>
    public const string Key = CacheKeys.EventStreamKey;

    /// <summary>The pub/sub channel told after each write.</summary>
    public static readonly RedisChannel NoticeChannel = RedisChannel.Literal(CacheKeys.Prefix + "events:written");

    private const string KindField = "kind";
    private const string EventField = "event";
    private const string PurchaseKind = "purchase";
    private const string OfferKind = "offer";

    /// <inheritdoc />
    public bool IsShared => true;

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
                .ToList<Task>();
            batch.Execute();
            await Task.WhenAll(writes).WaitAsync(options.Value.OperationTimeout * 10);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            EventMetrics.StreamFailed();
            EventLog.StreamFailed(logger, purchases.Count + offers.Count, exception);
            return;
        }

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
            EventLog.NoticeFailed(logger, exception);
        }
    }

    /// <summary>Up to <paramref name="count"/> entries after <paramref name="afterId"/>, oldest first; throws when Redis fails.</summary>
    public Task<List<StreamedEvent>> ReadAsync(string afterId, int count) => ReadAsync(connection.GetDatabase(), afterId, count);

    /// <summary>Calls <paramref name="onNotice"/> on every write notice, from now on and again after reconnects; throws when Redis fails.</summary>
    public Task SubscribeAsync(Action onNotice) => connection.GetSubscriber().SubscribeAsync(NoticeChannel, (_, _) => onNotice());

    /// <summary>
    /// The stream's oldest entry id when entries were trimmed and <paramref name="position"/> is before it (events after
    /// the position may be gone), else null. Redis 7.0 does not record the last trimmed id (max-deleted-entry-id counts
    /// XDEL only), so a replica that applied exactly the last trimmed entry is warned too.
    /// </summary>
    public async Task<string?> TrimmedAfterAsync(string position)
    {
        var database = connection.GetDatabase();
        if (!await database.KeyExistsAsync(Key))
        {
            return null;
        }

        // Nothing but the MAXLEN trim removes entries, so fewer entries than were ever added means a trim.
        var info = await database.StreamInfoAsync(Key);
        if (info.EntriesAdded <= info.Length || info.FirstEntry.IsNull)
        {
            return null;
        }

        var oldest = info.FirstEntry.Id.ToString();
        return StreamIds.Compare(position, oldest) < 0 ? oldest : null;
    }

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

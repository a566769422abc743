using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Events;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Events;

/// <summary>
/// Makes every replica apply every event: reads the shared stream from the last entry this replica applied (kept in its
/// store) and stores and applies what it finds, woken by write notices and polling when none come. When caught up it
/// also empties the outbox: events stored here but never seen on the stream (the write failed, or the process died
/// before it) are written again. Does nothing without Redis.
/// </summary>
internal sealed class EventStreamFollower(
    EventIngestor ingestor, IEventStream stream, IOptions<EventStreamOptions> options, TimeProvider time, ILogger<EventStreamFollower> logger) : BackgroundService
{
    private readonly WakeSignal _wake = new();

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (stream is not RedisEventStream shared)
        {
            return;
        }

        await Task.Yield();
        var settings = options.Value;
        var position = ingestor.Store.StreamPosition() ?? StreamIds.Start;
        EventLog.FollowingStream(logger, position);

        // Rows stored before this process started cannot have a write in flight: the first outbox pass may take them all.
        var horizon = ingestor.Store.Horizon();
        var lastOutboxPass = (long?)null;
        var subscribed = !settings.Notifications;
        var failing = false;
        var checkTrim = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = _wake.Arm();
            try
            {
                if (!subscribed)
                {
                    await shared.SubscribeAsync(_wake.Set);
                    subscribed = true;
                }

                if (checkTrim)
                {
                    if (await shared.TrimmedAfterAsync(position) is { } oldest)
                    {
                        EventLog.EventsMissed(logger, position, oldest);
                    }

                    checkTrim = false;
                }

                var entries = await shared.ReadAsync(position, settings.BatchSize);
                position = Apply(entries, position);
                if (failing)
                {
                    EventLog.StreamReadRecovered(logger, position);
                    failing = false;
                }

                if (entries.Count == settings.BatchSize)
                {
                    continue;
                }

                if (lastOutboxPass is null || time.GetElapsedTime(lastOutboxPass.Value) >= settings.OutboxInterval)
                {
                    horizon = await EmptyOutboxAsync(shared, horizon, settings.BatchSize);
                    lastOutboxPass = time.GetTimestamp();
                }
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                if (!failing)
                {
                    EventLog.StreamReadFailed(logger, exception);
                }

                failing = true;
                checkTrim = true;
                await Task.Delay(settings.RetryInterval, time, stoppingToken);
                continue;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                EventLog.FollowerFailed(logger, exception);
                await Task.Delay(settings.RetryInterval, time, stoppingToken);
                continue;
            }

            await WakeSignal.WaitAsync(woken, settings.PollInterval, time, stoppingToken);
        }
    }

    private string Apply(List<StreamedEvent> entries, string position)
    {
        if (entries.Count == 0)
        {
            return position;
        }

        var readable = entries.Count(entry => entry.Purchase is not null || entry.Offer is not null);
        if (readable < entries.Count)
        {
            EventLog.UnreadableEntries(logger, entries.Count - readable, entries[^1].StreamId);
        }

        var applied = ingestor.ApplyFromStream(entries);
        EventMetrics.ReadFromStream(applied, readable - applied);
        return entries[^1].StreamId;
    }

    // Only rows up to the previous pass's horizon: a newer one may be an acknowledgement whose own write is on its way.
    private async Task<OutboxHorizon> EmptyOutboxAsync(RedisEventStream shared, OutboxHorizon horizon, int batchSize)
    {
        var next = ingestor.Store.Horizon();
        var pending = ingestor.Store.Unpublished(horizon, batchSize);
        if (pending.Count == 0)
        {
            return next;
        }

        await shared.PublishAsync(pending.Purchases, pending.Offers);
        EventMetrics.Republished(pending.Count);
        EventLog.Republished(logger, pending.Count);
        return pending.Purchases.Count == batchSize || pending.Offers.Count == batchSize ? horizon : next;
    }
}

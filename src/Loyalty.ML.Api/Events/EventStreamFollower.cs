using Loyalty.ML.Api.Events.Streaming;
using Loyalty.ML.Api.Logging;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Events;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Events;

/// <summary>
/// Makes every replica apply every event: reads the shared stream from the last entry this replica applied (kept in its
/// store) and stores and applies what it finds, woken by write notices and polling when none come. When caught up it
/// drains the outbox (<see cref="OutboxDrain"/>): events stored here but never seen on the stream are written again, as
/// fast as Redis takes them. At start, after Redis failed and at every outbox pass it checks that its position is still
/// on the stream and says once, with counts, when events were missed (<see cref="StreamGaps"/>). Does nothing without Redis.
/// </summary>
internal sealed class EventStreamFollower(
    EventIngestor ingestor, IEventStream stream, EventStreamHealth streamHealth, IOptions<EventStreamOptions> options, IOptions<EventOptions> eventOptions,
    TimeProvider time, ILogger<EventStreamFollower> logger) : BackgroundService
{
    private static readonly TimeSpan DrainSlice = TimeSpan.FromMilliseconds(500);
    private readonly WakeSignal _wake = new();
    private readonly LogThrottle _failures = new(eventOptions.Value.WarningInterval, time);
    private readonly LogThrottle _conflicts = new(eventOptions.Value.WarningInterval, time);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (stream is not RedisEventStream shared)
        {
            return;
        }

        await Task.Yield();
        var settings = options.Value;
        var position = ingestor.StreamPosition() ?? StreamIds.Start;
        EventLog.FollowingStream(logger, position);
        var outbox = new OutboxDrain(ingestor, settings.BatchSize, time, logger);

        // Rows stored before this process started cannot have a write in flight: the first outbox pass may take them all.
        var horizon = ingestor.Written();
        var lastOutboxPass = (long?)null;
        var subscribed = !settings.Notifications;
        var failing = false;
        var checkGap = true;
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

                if (checkGap)
                {
                    position = await CheckGapAsync(shared, position);
                    checkGap = false;
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

                if (!outbox.InPass && (ingestor.Backlogged || lastOutboxPass is null || time.GetElapsedTime(lastOutboxPass.Value) >= settings.OutboxInterval))
                {
                    outbox.Begin(horizon);
                }

                if (outbox.InPass)
                {
                    if (await outbox.RunAsync(shared, DrainSlice) is not { } next)
                    {
                        continue;
                    }

                    (horizon, lastOutboxPass, checkGap) = (next, time.GetTimestamp(), true);
                }
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                if (!failing)
                {
                    EventLog.StreamReadFailed(logger, exception);
                }

                // Until Redis is back, posts leave their events to the outbox instead of each waiting for a write that fails.
                ingestor.MarkBacklogged();
                failing = true;
                checkGap = true;
                await Task.Delay(settings.RetryInterval, time, stoppingToken);
                continue;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                if (_failures.Count() is > 0 and var count)
                {
                    EventLog.FollowerFailed(logger, count, _failures.Interval, exception);
                }

                await Task.Delay(settings.RetryInterval, time, stoppingToken);
                continue;
            }

            await WakeSignal.WaitAsync(woken, settings.PollInterval, time, stoppingToken);
        }
    }

    private async Task<string> CheckGapAsync(RedisEventStream shared, string position)
    {
        if (await StreamGaps.FindAsync(shared.Connection.GetDatabase(), position) is not { } gap)
        {
            return position;
        }

        if (streamHealth.Report(gap))
        {
            EventMetrics.Missed(gap.Reset ? "reset" : "trimmed");
            EventLog.EventsMissed(logger, gap.Description);
        }

        return gap.Reset ? StreamIds.Start : position;
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

        var result = ingestor.ApplyFromStream(entries);
        var applied = result.Purchases.NewCount + result.Offers.NewCount;
        EventMetrics.ReadFromStream(applied, readable - applied);
        var conflicts = result.Purchases.ConflictCount + result.Offers.ConflictCount;
        if (conflicts > 0 && _conflicts.Count(conflicts) is > 0 and var reported)
        {
            EventLog.StreamConflicts(logger, reported, _conflicts.Interval);
        }

        return entries[^1].StreamId;
    }
}

using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Exposures;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Exposures;

/// <summary>
/// Drains the exposure queue in batches (one transaction and one stream entry each, after at most
/// <see cref="ExposureOptions.FlushInterval"/>), writes them to the shared stream when there is one, and prunes the
/// log to its retention and row limit. It is also the outbox: when a stream write fails, later batches wait in the
/// store and are written in order, every <see cref="ExposureOptions.OutboxInterval"/>, from the last row on the stream.
/// On shutdown it stores what is still queued.
/// </summary>
internal sealed class ExposureWriter(
    ExposureLog log, ExposureStore store, IExposureStream stream, IOptions<ExposureOptions> options, TimeProvider time, ILogger<ExposureWriter> logger) : BackgroundService
{
    /// <summary>Source label of lists this replica served.</summary>
    public const string Served = "served";

    private long _lastPrune = time.GetTimestamp();
    private long _lastOutboxPass = time.GetTimestamp();
    private long _published;
    private bool _backlog;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        await Task.Yield();
        _published = store.PublishedThrough();
        _backlog = stream.IsShared;
        Prune(settings);

        // What an earlier run stored but did not publish goes out now, not an outbox interval after every start: new
        // lists wait behind it, in order, and would otherwise reach the other replicas that much later.
        if (_backlog)
        {
            await DrainOutboxAsync(settings.BatchSize);
        }
        try
        {
            while (await WaitAsync(settings, stoppingToken))
            {
                // A batching delay, not a date: wall-clock time whatever clock the service reads dates from.
                await Task.Delay(settings.FlushInterval, stoppingToken);
                while (await WriteBatchAsync(settings.BatchSize) == settings.BatchSize)
                {
                }

                if (_backlog && time.GetElapsedTime(_lastOutboxPass) >= settings.OutboxInterval)
                {
                    await DrainOutboxAsync(settings.BatchSize);
                }

                if (time.GetElapsedTime(_lastPrune) >= settings.PruneInterval)
                {
                    Prune(settings);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is queued is stored below.
        }

        log.Complete();
        while (await WriteBatchAsync(settings.BatchSize) > 0)
        {
        }
    }

    /// <summary>Writes up to <paramref name="size"/> queued lists; returns how many it took from the queue.</summary>
    internal async Task<int> WriteBatchAsync(int size)
    {
        var batch = new List<ServedList>(Math.Min(size, 256));
        var taken = 0;
        while (taken < size && log.Queue.TryRead(out var pending))
        {
            taken++;
            var list = pending.ToServedList();
            if (ExposureText.CanFormat(list))
            {
                batch.Add(list);
            }
            else
            {
                ExposureMetrics.Dropped(ExposureMetrics.Unstorable);
            }
        }

        if (batch.Count == 0)
        {
            return taken;
        }

        var texts = batch.ConvertAll(ExposureText.Format);
        (long First, long Last) rows;
        try
        {
            rows = store.Append(batch, texts);
            ExposureMetrics.Recorded(Served, batch.Count);
        }
        catch (Exception exception) when (exception is Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            ExposureLogMessages.WriteFailed(logger, batch.Count, exception);
            return taken;
        }

        if (!stream.IsShared)
        {
            // Nothing to send now; should Redis come later, the lists served before it are not sent after the fact.
            Published(rows.Last);
        }
        else if (!_backlog)
        {
            if (await stream.PublishAsync(log.Origin, batch, texts))
            {
                Published(rows.Last);
            }
            else
            {
                _backlog = true;
            }
        }

        return taken;
    }

    /// <summary>Writes the lists stored but not yet on the stream, in order, until none is left or a write fails.</summary>
    internal async Task DrainOutboxAsync(int size)
    {
        _lastOutboxPass = time.GetTimestamp();
        while (true)
        {
            var rows = store.LocalAfter(_published, size);
            if (rows.Count > 0)
            {
                var lists = rows.ConvertAll(row => row.List);
                if (!await stream.PublishAsync(log.Origin, lists, lists.ConvertAll(ExposureText.Format)))
                {
                    return;
                }

                Published(rows[^1].Seq);
                ExposureMetrics.Republished(rows.Count);
            }

            if (rows.Count < size)
            {
                _backlog = false;
                return;
            }
        }
    }

    // Lists go on the queue far faster than they leave it only while the writer stalls: wait for work or for the outbox.
    private async Task<bool> WaitAsync(ExposureOptions settings, CancellationToken stoppingToken)
    {
        if (!_backlog)
        {
            return await log.Queue.WaitToReadAsync(stoppingToken);
        }

        using var outbox = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        outbox.CancelAfter(settings.OutboxInterval);
        try
        {
            return await log.Queue.WaitToReadAsync(outbox.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return true;
        }
    }

    private void Published(long seq)
    {
        _published = seq;
        store.SetPublishedThrough(seq);
    }

    private void Prune(ExposureOptions settings)
    {
        _lastPrune = time.GetTimestamp();
        try
        {
            var removed = store.Prune(settings.MaxStoredLists, time.GetUtcNow() - settings.Retention);
            var kept = store.Count();
            ExposureMetrics.SetStored(kept);
            if (removed > 0)
            {
                ExposureLogMessages.Pruned(logger, removed, kept);
            }
        }
        catch (Microsoft.Data.Sqlite.SqliteException exception)
        {
            ExposureLogMessages.WriteFailed(logger, 0, exception);
        }
    }
}

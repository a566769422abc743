using System.Diagnostics;
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

    private readonly ExposureEntries _entries = new();
    private long _lastPrune = time.GetTimestamp();
    private long _lastOutboxPass = time.GetTimestamp();
    private long _sequence = store.LastSequence;
    private long _numbered;
    private int _taken;
    private long _published;
    private bool _backlog;

    /// <summary>How often the queue is emptied into the batch being gathered (at most <see cref="ExposureOptions.FlushInterval"/>).</summary>
    public static readonly TimeSpan TakeInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>The name of the writer's thread (as the OS shows it, at most 15 characters).</summary>
    public const string ThreadName = "Exposure writer";

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A thread of its own, not the thread pool's: a batch's SQLite transaction blocks for milliseconds, which on the
        // pool holds a worker the requests need and may lead the pool to add threads. Its CPU is then also the log's own,
        // apart from the requests' (the exposure bench reads it by the thread's name).
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                Run(stoppingToken);
                stopped.SetResult();
            }
            catch (Exception exception)
            {
                stopped.SetException(exception);
            }
        })
        {
            IsBackground = true,
            Name = ThreadName,
        };
        thread.Start();
        return stopped.Task;
    }

    private void Run(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        _published = store.PublishedThrough();
        _backlog = stream.IsShared;
        Prune(settings);

        // What an earlier run stored but did not publish goes out now, not an outbox interval after every start: new
        // lists wait behind it, in order, and would otherwise reach the other replicas that much later.
        if (_backlog)
        {
            Wait(DrainOutboxAsync(settings.BatchSize));
        }

        // A batching delay, not a date: wall-clock time whatever clock the service reads dates from. The queue is polled,
        // not waited on, while a batch gathers, so a busy service's requests never wake the writer. It is emptied every
        // TakeInterval, the lists written into the batch's lines at once: a list held in the queue until its batch is stored
        // (a FlushInterval) would outlive the gen0 collections in between with the request's objects it holds, and be
        // promoted with them. With nothing gathered and nothing queued it parks instead (see Pause).
        var gathering = settings.FlushInterval > TakeInterval;
        var batchStarted = Stopwatch.GetTimestamp();
        while (!Pause(settings, gathering, stoppingToken, ref batchStarted))
        {
            Take(settings.BatchSize);
            if (!gathering || _taken >= settings.BatchSize || Stopwatch.GetElapsedTime(batchStarted) >= settings.FlushInterval)
            {
                batchStarted = Stopwatch.GetTimestamp();
                while (Wait(WriteBatchAsync(settings.BatchSize)) == settings.BatchSize)
                {
                }
            }

            // The outbox writes from the entries' buffer: only when no batch is gathering in it.
            if (_taken == 0 && _backlog && time.GetElapsedTime(_lastOutboxPass) >= settings.OutboxInterval)
            {
                Wait(DrainOutboxAsync(settings.BatchSize));
            }

            if (time.GetElapsedTime(_lastPrune) >= settings.PruneInterval)
            {
                Prune(settings);
            }
        }

        // Shutting down: what is queued is stored.
        log.Complete();
        while (Wait(WriteBatchAsync(settings.BatchSize)) > 0)
        {
        }
    }

    /// <summary>Times the writer woke up to look at the queue (tests read it).</summary>
    internal long WakeUps { get; private set; }

    // Waits until the next look at the queue; true when stopping. With no batch gathering and an empty queue the writer
    // parks until a request queues a list (a batch then starts gathering) instead of waking every TakeInterval for
    // nothing; it still wakes every FlushInterval to prune and to drain the outbox when they are due.
    private bool Pause(ExposureOptions settings, bool gathering, CancellationToken stoppingToken, ref long batchStarted)
    {
        if (gathering && _taken == 0 && log.WaitForList(stoppingToken.WaitHandle, settings.FlushInterval))
        {
            batchStarted = Stopwatch.GetTimestamp();
        }
        else if (stoppingToken.WaitHandle.WaitOne(gathering ? TakeInterval : settings.FlushInterval))
        {
            return true;
        }

        WakeUps++;
        return stoppingToken.IsCancellationRequested;
    }

    // The writer's own thread waits for the stream's write; nothing else runs on it.
    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static void Wait(Task task) => task.GetAwaiter().GetResult();

    /// <summary>
    /// Takes queued lists into the batch being gathered, up to <paramref name="size"/> lists in it, writing each as its
    /// line at once; returns how many it took. A list's number is given here, in the order lists are stored and written
    /// to the stream, and only to a list that can be stored; it counts only once its batch is stored (see
    /// <see cref="WriteBatchAsync"/>): the numbers on the stream run without a gap, so a replica reading it knows any gap
    /// for lost lists.
    /// </summary>
    internal int Take(int size)
    {
        if (_taken == 0)
        {
            // A new batch: the entries' buffer is free (its last write completed or was abandoned).
            _entries.Clear();
            _numbered = _sequence;
        }

        var taken = 0;
        while (_taken < size && log.TryTake(out var pending))
        {
            _taken++;
            taken++;
            if (!pending.TryWrite(_entries.Lines, new ExposureId(log.Origin, _numbered + 1)))
            {
                ExposureMetrics.Dropped(ExposureMetrics.Unstorable);
                continue;
            }

            _numbered++;
        }

        return taken;
    }

    /// <summary>
    /// Takes up to <paramref name="size"/> lists into the batch (<see cref="Take"/>), stores it in one transaction and
    /// writes it to the stream; returns how many lists the batch took from the queue. A batch that cannot be stored is
    /// lost, its numbers given again to the next.
    /// </summary>
    internal async Task<int> WriteBatchAsync(int size)
    {
        Take(size);
        var taken = _taken;
        _taken = 0;
        var lines = _entries.Lines;
        var publish = stream.IsShared && !_backlog;
        var sequence = _numbered;
        if (lines.Count == 0)
        {
            return taken;
        }

        (long First, long Last) rows;
        try
        {
            rows = store.Append(lines, sequence);
            _sequence = sequence;
            ExposureMetrics.Recorded(Served, lines.Count);
        }
        catch (Exception exception) when (exception is Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            ExposureLogMessages.WriteFailed(logger, lines.Count, exception);
            return taken;
        }

        if (!stream.IsShared)
        {
            // Nothing to send now; should Redis come later, the lists served before it are not sent after the fact.
            Published(rows.Last);
        }
        else if (publish)
        {
            await PublishAsync(rows.Last);
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
                _entries.Clear();
                foreach (var (_, list) in rows)
                {
                    // A stored list was checked when it was served: it is written as it was stored.
                    _entries.Lines.TryAdd(list.Id, list.CustomerId, list.ServedAt.ToUnixTimeMilliseconds(), list.Kind, list.ModelVersion, list.Surface, list.Experiment, list.Items, static item => item);
                }

                if (!await PublishAsync(rows[^1].Seq))
                {
                    return;
                }

                ExposureMetrics.Republished(rows.Count);
            }

            if (rows.Count < size)
            {
                _backlog = false;
                return;
            }
        }
    }

    // The entries' buffer is reused only after a write that completed: a failed one may still be sent from it.
    private async Task<bool> PublishAsync(long lastRow)
    {
        if (await stream.PublishAsync(log.Origin, _entries))
        {
            Published(lastRow);
            return true;
        }

        _backlog = true;
        _entries.Abandon();
        return false;
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

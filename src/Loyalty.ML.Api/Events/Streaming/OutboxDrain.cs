using Loyalty.ML.Data.Events;

namespace Loyalty.ML.Api.Events.Streaming;

/// <summary>
/// Writes the outbox (events stored here, not yet seen on the stream) to the stream, oldest first, batch after batch
/// as fast as Redis takes them, a time slice at a time so the follower goes on reading between slices. A pass starts
/// from the oldest unpublished row; written rows stay unpublished until read back, so the pass keeps a cursor. Outside
/// a backlog a pass takes only rows stored before the previous pass (a newer row may have its own write in flight);
/// in a backlog new events are not written by their request, so the pass takes everything, and ends the backlog when
/// nothing was stored while it ran. A batch whose write failed may be on the stream all the same (a timeout does not
/// withdraw what Redis already took): the pass counts what of it the follower read back before the pass went on, and
/// writes the rest again. Another kind of outbox row would be another table with the same published flag and sequence,
/// drained the same way.
/// </summary>
internal sealed class OutboxDrain(EventIngestor ingestor, int batchSize, TimeProvider time, ILogger logger)
{
    private OutboxHorizon _cursor;
    private OutboxHorizon _upTo;
    private OutboxHorizon _nextHorizon;
    private UnpublishedEvents? _inDoubt;
    private int _sent;
    private long _started;

    /// <summary>True while a pass is under way.</summary>
    public bool InPass { get; private set; }

    /// <summary>Starts a pass taking rows up to <paramref name="horizon"/> (everything while backlogged).</summary>
    public void Begin(OutboxHorizon horizon)
    {
        _nextHorizon = ingestor.Written();
        _upTo = ingestor.Backlogged ? _nextHorizon : horizon;
        _cursor = default;
        _inDoubt = null;
        _sent = 0;
        _started = time.GetTimestamp();
        InPass = true;
    }

    /// <summary>Runs the pass for about <paramref name="slice"/>; returns the horizon for the next pass once it is over, else null. Throws when Redis fails.</summary>
    public async Task<OutboxHorizon?> RunAsync(RedisEventStream stream, TimeSpan slice)
    {
        CountLanded();
        var sliceStart = time.GetTimestamp();
        while (time.GetElapsedTime(sliceStart) < slice)
        {
            var pending = ingestor.Unpublished(_cursor, _upTo, batchSize);
            if (pending.Count > 0)
            {
                _inDoubt = pending;
                await stream.WriteAsync(pending.Purchases, pending.Offers);
                _inDoubt = null;
                Sent(pending.Count);
                _cursor = pending.Last;
                continue;
            }

            if (ingestor.Backlogged && !ingestor.TryEndBacklog(_upTo))
            {
                _upTo = ingestor.Written();
                continue;
            }

            InPass = false;
            if (_sent > 0)
            {
                var seconds = Math.Max(time.GetElapsedTime(_started).TotalSeconds, 1e-6);
                EventLog.Republished(logger, _sent, seconds, _sent / seconds);
            }

            return _nextHorizon;
        }

        return null;
    }

    // Before the pass goes on, the follower read the stream to its end with a command sent after the failed write on the
    // same connection (Redis ran the batch first if it took it): the batch's rows it marked published went out with it.
    private void CountLanded()
    {
        if (_inDoubt is not { } batch)
        {
            return;
        }

        _inDoubt = null;
        Sent(batch.Count - ingestor.Unpublished(_cursor, batch.Last, batch.Count).Count);
    }

    private void Sent(int count)
    {
        _sent += count;
        EventMetrics.Republished(count);
    }
}

using System.IO.Hashing;
using System.Runtime.InteropServices;
using Loyalty.ML.Api.Items;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Exposures;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Exposures;

/// <summary>
/// Where the endpoints record the lists they serve, cached or not. A request only decides whether the customer is
/// sampled and puts the answer (already built, immutable) in a slot of a queue allocated once (<see cref="ExposureQueue"/>),
/// without a lock or an allocation;
/// <see cref="ExposureWriter"/> numbers and stores the lists off the request path. A full queue drops the list and
/// counts it rather than slow a page down.
/// </summary>
internal sealed class ExposureLog
{
    private const long SampleSeed = 0x6578706f; // "expo"
    private readonly ExposureQueue _queue;
    private readonly TimeProvider _time;
    private readonly double _rate;
    private readonly AutoResetEvent _queued = new(false);
    private WaitHandle[]? _wakeUps;
    private int _waiting;
    private volatile bool _completed;

    /// <summary>A log sampling at <see cref="ExposureOptions.SampleRate"/>, queueing at most <see cref="ExposureOptions.QueueCapacity"/> lists, for the replica of <paramref name="store"/>.</summary>
    public ExposureLog(IOptions<ExposureOptions> options, ExposureStore store, TimeProvider time)
    {
        _rate = options.Value.SampleRate;
        // A log that records nothing takes no memory for a queue.
        _queue = new ExposureQueue(_rate > 0 ? options.Value.QueueCapacity : 1);
        _time = time;
        Origin = store.Origin;
    }

    /// <summary>This replica's origin in every exposure id it makes: its store's, drawn at random once, so replicas never share one.</summary>
    public long Origin { get; }

    /// <summary>True once <see cref="Complete"/> was called: lists recorded after it are dropped.</summary>
    public bool IsCompleted => _completed;

    /// <summary>True when the lists served to <paramref name="customerId"/> are recorded.</summary>
    public bool Records(string customerId) => _rate >= 1 || (_rate > 0 && Bucket(customerId) < _rate);

    /// <summary>Records a list served to <paramref name="customerId"/> now, when the customer is sampled.</summary>
    public void Record(string customerId, string kind, string modelVersion, IReadOnlyList<RecommendedItemView> items, string? surface, string? experiment)
    {
        if (!Records(customerId))
        {
            return;
        }

        if (_completed || !_queue.TryAdd(new PendingExposure(customerId, kind, modelVersion, items, _time.GetUtcNow().ToUnixTimeMilliseconds(), surface, experiment)))
        {
            ExposureMetrics.Dropped(ExposureMetrics.QueueFull);
        }
        else if (Volatile.Read(ref _waiting) != 0 && Interlocked.Exchange(ref _waiting, 0) != 0)
        {
            // The writer is parked on an empty queue: this list wakes it (only the first one after it parked pays for it).
            _queued.Set();
        }
    }

    /// <summary>
    /// Parks the writer until a list is queued, <paramref name="stopping"/> is set or <paramref name="timeout"/> passed;
    /// false, without waiting, when a list is queued already. One caller at a time (the writer).
    /// </summary>
    public bool WaitForList(WaitHandle stopping, TimeSpan timeout)
    {
        // Both sides write, then read what the other wrote, each write a full fence (this exchange, the request's claim of
        // its slot): either the queue is seen not empty here, or the request sees the writer waiting and wakes it.
        Interlocked.Exchange(ref _waiting, 1);
        if (!_queue.IsEmpty)
        {
            Volatile.Write(ref _waiting, 0);
            return false;
        }

        if (_wakeUps is null || _wakeUps[1] != stopping)
        {
            _wakeUps = [_queued, stopping];
        }

        WaitHandle.WaitAny(_wakeUps, timeout);
        Volatile.Write(ref _waiting, 0);
        return true;
    }

    /// <summary>Takes the oldest queued list; false when none is queued.</summary>
    public bool TryTake(out PendingExposure pending) => _queue.TryTake(out pending);

    /// <summary>Ends the queue: lists recorded from now on are dropped; the writer stores what is in it and stops.</summary>
    public void Complete() => _completed = true;

    // The same customers on every replica, independent of the assignment hashes of experiments and campaigns.
    private static double Bucket(string customerId) =>
        (XxHash3.HashToUInt64(MemoryMarshal.AsBytes(customerId.AsSpan()), SampleSeed) >> 11) * (1.0 / (1UL << 53));
}

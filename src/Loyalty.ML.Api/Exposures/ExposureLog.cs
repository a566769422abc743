using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Loyalty.ML.Api.Items;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Exposures;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Exposures;

/// <summary>
/// Where the endpoints record the lists they serve, cached or not. A request only decides whether the customer is
/// sampled and puts the answer (already built, immutable) on a bounded queue, without a lock or an allocation;
/// <see cref="ExposureWriter"/> numbers and stores the lists off the request path. A full queue drops the list and
/// counts it rather than slow a page down.
/// </summary>
internal sealed class ExposureLog
{
    private const long SampleSeed = 0x6578706f; // "expo"
    private readonly ConcurrentQueue<PendingExposure> _queue = new();
    private readonly TimeProvider _time;
    private readonly double _rate;
    private readonly int _capacity;
    private int _queued;
    private volatile bool _completed;

    /// <summary>A log sampling at <see cref="ExposureOptions.SampleRate"/>, queueing at most <see cref="ExposureOptions.QueueCapacity"/> lists, for the replica of <paramref name="store"/>.</summary>
    public ExposureLog(IOptions<ExposureOptions> options, ExposureStore store, TimeProvider time)
    {
        _rate = options.Value.SampleRate;
        _capacity = options.Value.QueueCapacity;
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

        if (_completed || Interlocked.Increment(ref _queued) > _capacity)
        {
            if (!_completed)
            {
                Interlocked.Decrement(ref _queued);
            }

            ExposureMetrics.Dropped(ExposureMetrics.QueueFull);
            return;
        }

        _queue.Enqueue(new PendingExposure(customerId, kind, modelVersion, items, _time.GetUtcNow(), surface, experiment));
    }

    /// <summary>Takes the oldest queued list; false when none is queued.</summary>
    public bool TryTake(out PendingExposure pending)
    {
        if (!_queue.TryDequeue(out pending))
        {
            return false;
        }

        Interlocked.Decrement(ref _queued);
        return true;
    }

    /// <summary>Ends the queue: lists recorded from now on are dropped; the writer stores what is in it and stops.</summary>
    public void Complete() => _completed = true;

    // The same customers on every replica, independent of the assignment hashes of experiments and campaigns.
    private static double Bucket(string customerId) =>
        (XxHash3.HashToUInt64(MemoryMarshal.AsBytes(customerId.AsSpan()), SampleSeed) >> 11) * (1.0 / (1UL << 53));
}

using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Threading.Channels;
using Loyalty.ML.Api.Items;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Exposures;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Exposures;

/// <summary>
/// Where the endpoints record the lists they serve, cached or not. A request only decides whether the customer is
/// sampled and puts the answer (already built, immutable) on a bounded queue; <see cref="ExposureWriter"/> turns it
/// into rows off the request path. A full queue drops the list and counts it rather than slow a page down.
/// </summary>
internal sealed class ExposureLog
{
    private const long SampleSeed = 0x6578706f; // "expo"
    private readonly Channel<PendingExposure> _queue;
    private readonly TimeProvider _time;
    private readonly double _rate;
    private long _sequence;

    /// <summary>A log sampling at <see cref="ExposureOptions.SampleRate"/>, queueing at most <see cref="ExposureOptions.QueueCapacity"/> lists, numbering them after the last one <paramref name="store"/> holds.</summary>
    public ExposureLog(IOptions<ExposureOptions> options, ExposureStore store, TimeProvider time)
    {
        _rate = options.Value.SampleRate;
        _time = time;
        Origin = store.Origin;
        _sequence = store.LastSequence;
        _queue = Channel.CreateBounded<PendingExposure>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>This replica's origin in every exposure id it makes: its store's, drawn at random once, so replicas never share one.</summary>
    public long Origin { get; }

    /// <summary>The queue the writer drains.</summary>
    public ChannelReader<PendingExposure> Queue => _queue.Reader;

    /// <summary>True when the lists served to <paramref name="customerId"/> are recorded.</summary>
    public bool Records(string customerId) => _rate >= 1 || (_rate > 0 && Bucket(customerId) < _rate);

    /// <summary>Records a list served to <paramref name="customerId"/> now, when the customer is sampled.</summary>
    public void Record(string customerId, string kind, string modelVersion, IReadOnlyList<RecommendedItemView> items, string? surface, string? experiment)
    {
        if (!Records(customerId))
        {
            return;
        }

        var id = new ExposureId(Origin, Interlocked.Increment(ref _sequence));
        if (!_queue.Writer.TryWrite(new PendingExposure(id, customerId, kind, modelVersion, items, _time.GetUtcNow(), surface, experiment)))
        {
            ExposureMetrics.Dropped(ExposureMetrics.QueueFull);
        }
    }

    /// <summary>Ends the queue: the writer stores what is in it and stops.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    // The same customers on every replica, independent of the assignment hashes of experiments and campaigns.
    private static double Bucket(string customerId) =>
        (XxHash3.HashToUInt64(MemoryMarshal.AsBytes(customerId.AsSpan()), SampleSeed) >> 11) * (1.0 / (1UL << 53));
}

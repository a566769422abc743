using Prometheus;

namespace Loyalty.ML.Api.Exposures;

/// <summary>Prometheus figures of the exposure log.</summary>
internal static class ExposureMetrics
{
    /// <summary>A list dropped because the queue was full.</summary>
    public const string QueueFull = "queue_full";

    /// <summary>A list dropped because an item id holds the row separator.</summary>
    public const string Unstorable = "unstorable_id";

    /// <summary>A stream entry of another replica this version cannot read.</summary>
    public const string Unreadable = "unreadable_entry";

    private static readonly Counter Written = Metrics.CreateCounter(
        "loyalty_exposures_written_total", "Served lists recorded in this replica's exposure log, by source (served: by this replica; stream: by another).", "source");

    private static readonly Counter Drops = Metrics.CreateCounter(
        "loyalty_exposures_dropped_total", "Served lists not recorded, by reason (queue_full: the writer fell behind; unstorable_id; unreadable_entry: a stream entry, counted once).", "reason");

    private static readonly Counter StreamFailures = Metrics.CreateCounter(
        "loyalty_exposures_stream_failures_total", "Batches of served lists stored but not written to the Redis stream (the outbox writes them again).");

    private static readonly Counter Republishes = Metrics.CreateCounter(
        "loyalty_exposures_republished_total", "Served lists the outbox wrote to the Redis stream after a failed write.");

    private static readonly Counter Missing = Metrics.CreateCounter(
        "loyalty_exposures_missing_total", "Served lists of other replicas this replica never received: their numbers skipped on the stream (trimmed or lost before it read them).");

    private static readonly Gauge Stored = Metrics.CreateGauge(
        "loyalty_exposures_stored", "Served lists in this replica's exposure log after the last pruning pass.");

    /// <summary>Counts lists stored.</summary>
    public static void Recorded(string source, int count) => Written.WithLabels(source).Inc(count);

    /// <summary>Counts a dropped list.</summary>
    public static void Dropped(string reason, int count = 1) => Drops.WithLabels(reason).Inc(count);

    /// <summary>Counts lists of another replica missing from its stream.</summary>
    public static void Lost(long count) => Missing.Inc(count);

    /// <summary>Counts a batch the stream did not take.</summary>
    public static void StreamFailed() => StreamFailures.Inc();

    /// <summary>Counts lists the outbox wrote.</summary>
    public static void Republished(int count) => Republishes.Inc(count);

    /// <summary>Sets the lists kept.</summary>
    public static void SetStored(long count) => Stored.Set(count);
}

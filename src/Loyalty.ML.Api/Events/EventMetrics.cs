using Prometheus;

namespace Loyalty.ML.Api.Events;

/// <summary>Prometheus counters of reported events.</summary>
internal static class EventMetrics
{
    private static readonly Counter Lines = Metrics.CreateCounter(
        "loyalty_events_total", "Reported event lines by kind (purchase, offer) and outcome (accepted, duplicate, rejected, conflict).", "kind", "outcome");

    private static readonly Counter StreamFailures = Metrics.CreateCounter(
        "loyalty_events_stream_failures_total", "Event batches stored durably but not written to the Redis stream.");

    private static readonly Counter StreamRead = Metrics.CreateCounter(
        "loyalty_events_stream_read_total", "Events read from the Redis stream by outcome (applied: new here; duplicate: stored before, this replica's own among them).", "outcome");

    private static readonly Counter Republishes = Metrics.CreateCounter(
        "loyalty_events_republished_total", "Stored events written to the Redis stream again by the outbox because they were not seen on it.");

    private static readonly Counter MissedGaps = Metrics.CreateCounter(
        "loyalty_events_stream_gaps_total", "Times this replica found events it can no longer read on the stream, by cause (reset, trimmed).", "cause");

    private static readonly Gauge SinceTraining = Metrics.CreateGauge(
        "loyalty_events_since_training", "Events applied on top of the served model, by kind.", "kind");

    /// <summary>Counts one batch's outcomes (the store sits below the endpoints, so it takes counts, not their answer).</summary>
    public static void Count(string kind, int accepted, int duplicates, int rejected, int conflicts)
    {
        Lines.WithLabels(kind, "accepted").Inc(accepted);
        Lines.WithLabels(kind, "duplicate").Inc(duplicates);
        Lines.WithLabels(kind, "rejected").Inc(rejected);
        Lines.WithLabels(kind, "conflict").Inc(conflicts);
    }

    /// <summary>Counts a batch the stream did not take.</summary>
    public static void StreamFailed() => StreamFailures.Inc();

    /// <summary>Counts one batch read from the stream.</summary>
    public static void ReadFromStream(int applied, int duplicates)
    {
        StreamRead.WithLabels("applied").Inc(applied);
        StreamRead.WithLabels("duplicate").Inc(duplicates);
    }

    /// <summary>Counts a gap found on the stream.</summary>
    public static void Missed(string cause) => MissedGaps.WithLabels(cause).Inc();

    /// <summary>Counts events the outbox wrote again.</summary>
    public static void Republished(int count) => Republishes.Inc(count);

    /// <summary>Sets the events applied on top of the served model.</summary>
    public static void Applied(EventOverlay overlay)
    {
        SinceTraining.WithLabels("purchase").Set(overlay.Purchases);
        SinceTraining.WithLabels("offer").Set(overlay.Offers);
    }
}

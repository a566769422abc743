using System.ComponentModel.DataAnnotations;

namespace Loyalty.ML.Api.Options;

/// <summary>How replicas share events through the Redis stream (used only when Redis is configured).</summary>
internal sealed class EventStreamOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Events:Stream";

    /// <summary>
    /// How often a replica reads the stream when no notification woke it. Notifications make new events arrive within
    /// milliseconds; this bounds the delay when one is lost (pub/sub is at most once) and is the idle cost: one XREAD.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Publish a pub/sub notice after each write, so followers read at once instead of at their next poll.</summary>
    public bool Notifications { get; set; } = true;

    /// <summary>How often events stored here but not yet seen on the stream are written to it again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan OutboxInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Wait after a failed stream read before the next attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most entries read (and events republished, per kind) at a time.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// The stream is trimmed to about this many entries (XADD MAXLEN ~). A replica that falls further behind misses the
    /// trimmed events: it logs a warning, and its store lacks them.
    /// </summary>
    [Range(1_000, int.MaxValue)]
    public int MaxLength { get; set; } = 1_000_000;
}

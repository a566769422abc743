using System.ComponentModel.DataAnnotations;

namespace Loyalty.ML.Api.Options;

/// <summary>The exposure log: which served lists are recorded, and how much of them is kept.</summary>
internal sealed class ExposureOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Exposures";

    /// <summary>
    /// Share of customers whose lists are recorded (0 turns the log off), drawn by a hash of the customer id so every
    /// replica records the same customers and a recorded customer's lists are all there.
    /// </summary>
    [Range(0.0, 1.0)]
    public double SampleRate { get; set; } = 1.0;

    /// <summary>Most lists kept; beyond it the oldest go.</summary>
    [Range(1_000L, long.MaxValue)]
    public long MaxStoredLists { get; set; } = 2_000_000;

    /// <summary>Lists served longer ago than this go.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "400.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(35);

    /// <summary>Lists waiting to be written; a request never waits for the log, so beyond this lists are dropped and counted.</summary>
    [Range(100, 10_000_000)]
    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>Most lists written in one transaction (and one stream entry).</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 2_000;

    /// <summary>Longest a served list waits in the queue before its batch is written.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often lists past the retention or the row limit are removed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often a replica reads the exposure stream of the others (they need not arrive within milliseconds).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan StreamPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often lists stored here but not written to the stream (Redis was down) are written again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan OutboxInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Each replica's exposure stream is trimmed to about this many entries (an entry holds at most 200 lists of a written batch).</summary>
    [Range(100, int.MaxValue)]
    public int StreamMaxLength { get; set; } = 100_000;
}

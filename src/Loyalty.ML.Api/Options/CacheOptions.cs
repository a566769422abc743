using System.ComponentModel.DataAnnotations;

namespace Loyalty.ML.Api.Options;

/// <summary>The answer cache: an in-process layer, bounded in entries, in front of Redis when Redis is configured.</summary>
internal sealed class CacheOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Cache";

    /// <summary>Most answers the in-process layer holds.</summary>
    [Range(1, 10_000_000)]
    public long MemoryEntryLimit { get; set; } = 100_000;

    /// <summary>How long an answer stays in process; zero turns the in-process layer off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MemoryTtl { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long an answer stays in Redis.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RedisTtl { get; set; } = TimeSpan.FromHours(1);
}

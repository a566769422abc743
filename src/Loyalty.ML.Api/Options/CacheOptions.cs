using System.ComponentModel.DataAnnotations;

namespace Loyalty.ML.Api.Options;

/// <summary>The answer cache: an in-process layer, bounded in bytes, in front of Redis when Redis is configured.</summary>
internal sealed class CacheOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Cache";

    /// <summary>
    /// The implementation behind the cache (the hand-written one by default: faster on memory hits than FusionCache in
    /// the same benchmark, see the README's "Cache layer"); both keep the same budget, TTLs, timeouts and break duration.
    /// </summary>
    [EnumDataType(typeof(CacheLayer))]
    public CacheLayer Layer { get; set; } = CacheLayer.HandWritten;

    /// <summary>
    /// Most bytes the in-process layer holds (64 MiB by default). Each answer counts as an estimate of its size in memory:
    /// twice its JSON size (strings are UTF-16) plus its key and <see cref="EntryOverhead"/>; a full layer evicts the
    /// least recently used answers.
    /// </summary>
    [Range(1024, 64L * 1024 * 1024 * 1024)]
    public long MemoryByteLimit { get; set; } = 64L * 1024 * 1024;

    /// <summary>How long an answer stays in process; zero turns the in-process layer off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MemoryTtl { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Bytes counted for each in-process entry besides its answer: the cache entry, its key and bookkeeping.</summary>
    public const int EntryOverhead = 256;

    /// <summary>How long an answer stays in Redis (every entry carries this TTL; bound Redis itself with <c>maxmemory</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RedisTtl { get; set; } = TimeSpan.FromHours(1);
}

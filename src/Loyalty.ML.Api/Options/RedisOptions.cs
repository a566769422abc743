using System.ComponentModel.DataAnnotations;

namespace Loyalty.ML.Api.Options;

/// <summary>The optional shared cache. Without a connection string the service runs on its in-process cache alone.</summary>
internal sealed class RedisOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Redis";

    /// <summary>StackExchange.Redis connection string (<c>host:port,...</c>); null or empty means no Redis.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Longest a cache read or write may take before the answer is computed without it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Longest a connection attempt may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:30")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>After a failure Redis is skipped this long, so a dead Redis costs no latency on every request.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>True when a connection string is set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString);
}

using System.ComponentModel.DataAnnotations;

namespace Loyalty.ML.Api.Options;

/// <summary>
/// Limits for requests without a valid API key (bad or missing keys; health probes and scrapes are never limited), per client address,
/// so a flood of bad keys is turned away cheaply with 429 instead of each costing a 401 and a log line.
/// </summary>
internal sealed class RateLimitOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "RateLimits";

    /// <summary>Requests without a valid key one client address may make per <see cref="AnonymousWindow"/>.</summary>
    [Range(1, 1_000_000)]
    public int AnonymousPermitLimit { get; set; } = 100;

    /// <summary>Window of <see cref="AnonymousPermitLimit"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan AnonymousWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Failed authentications are logged as one line per this interval with their count, not one line each.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FailedAuthenticationLogInterval { get; set; } = TimeSpan.FromSeconds(10);
}

using Loyalty.ML.Api.Logging;
using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;
using Prometheus;

namespace Loyalty.ML.Api.Security;

/// <summary>
/// Counts requests with an invalid API key and logs them aggregated: the first at once, then at most one line per
/// <see cref="RateLimitOptions.FailedAuthenticationLogInterval"/> with the count since the last line, so a flood of
/// bad keys cannot flood the log. Every failure is counted in <c>loyalty_auth_failures_total</c>.
/// </summary>
internal sealed class FailedAuthentications(IOptions<RateLimitOptions> options, TimeProvider time, ILogger<FailedAuthentications> logger)
{
    private static readonly Counter Failures = Metrics.CreateCounter("loyalty_auth_failures_total", "Requests with an invalid API key.");

    private readonly LogThrottle _throttle = new(options.Value.FailedAuthenticationLogInterval, time);

    /// <summary>Counts one failure from <paramref name="address"/>; logs when a line is due.</summary>
    public void Record(string address)
    {
        Failures.Inc();
        if (_throttle.Count() is > 0 and var count)
        {
            SecurityLog.InvalidKeys(logger, count, _throttle.Interval, address);
        }
    }
}

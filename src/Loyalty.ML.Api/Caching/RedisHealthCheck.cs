using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Loyalty.ML.Api.Caching;

/// <summary>
/// Healthy when a configured Redis answers a ping (or none is configured); otherwise the registered failure status,
/// <c>Degraded</c>: answers are computed without the shared cache, slower but correct.
/// </summary>
internal sealed class RedisHealthCheck(IRedisCache redis) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConfigured)
        {
            return HealthCheckResult.Healthy("No Redis configured; in-process cache only.");
        }

        return await redis.CheckAsync() is { } problem ? new HealthCheckResult(context.Registration.FailureStatus, problem) : HealthCheckResult.Healthy("Redis answers.");
    }
}

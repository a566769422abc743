using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Loyalty.ML.Api.Caching;

/// <summary>Ready only when a configured Redis answers a ping; healthy when none is configured.</summary>
internal sealed class RedisHealthCheck(IRedisCache redis) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConfigured)
        {
            return HealthCheckResult.Healthy("No Redis configured; in-process cache only.");
        }

        return await redis.CheckAsync() is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy("Redis answers.");
    }
}

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Loyalty.ML.Api.Serving;

/// <summary>
/// Ready when a bundle is served; says which, and why a newer one was rejected. Degraded only while the registry still
/// points at the rejected version: once <c>current</c> is switched back to the one served, it is Healthy again.
/// </summary>
internal sealed class ModelHealthCheck(ModelProvider provider) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = provider.Current;
        var rejection = current is null ? provider.LastRejection : provider.OutstandingRejection;
        var result = (current, rejection) switch
        {
            (null, null) => HealthCheckResult.Unhealthy($"No model bundle in {provider.Registry.Root}: train first (./train.sh)."),
            (null, { } rejected) => HealthCheckResult.Unhealthy($"No model served: version {rejected.Version} was rejected: {rejected.Reason}"),
            ({ } served, { } rejected) => HealthCheckResult.Degraded($"Serving {served.Version}; version {rejected.Version} was rejected: {rejected.Reason}"),
            ({ } served, null) => HealthCheckResult.Healthy($"Serving {served.Version}."),
        };
        return Task.FromResult(result);
    }
}

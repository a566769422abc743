using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Loyalty.ML.Api.Events.Durability;

/// <summary>
/// Part of readiness: unhealthy once the event store failed (<see cref="EventStoreHealth"/>), naming
/// <c>Events:StorePath</c> and what is wrong. At most once a second it also checks that the file at the path is still
/// this store (not deleted, replaced or emptied under the running service), which no write would notice: SQLite goes on
/// writing to the file it opened.
/// </summary>
internal sealed class EventStoreHealthCheck(EventIngestor ingestor, EventStoreHealth health, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan VerifyInterval = TimeSpan.FromSeconds(1);
    private long _lastVerified = long.MinValue;

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var last = Volatile.Read(ref _lastVerified);
        if (health.Fault is null && (last == long.MinValue || time.GetElapsedTime(last) >= VerifyInterval)
            && Interlocked.CompareExchange(ref _lastVerified, time.GetTimestamp(), last) == last)
        {
            ingestor.VerifyStoreFile();
        }

        return Task.FromResult(health.Fault is { } fault
            ? HealthCheckResult.Unhealthy($"{fault.Problem} (since {fault.Since:yyyy-MM-dd HH:mm:ss} UTC). Events are refused with 503; fix or restore the store (README: Event store damage) and restart.")
            : HealthCheckResult.Healthy($"Event store {ingestor.Store.Path} passed its check at start."));
    }
}

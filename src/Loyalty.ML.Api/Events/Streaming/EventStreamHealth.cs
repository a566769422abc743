using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Loyalty.ML.Api.Events.Streaming;

/// <summary>
/// The shared stream as this replica's follower sees it, for <c>/health</c>: degraded once events were missed (a stream
/// reset or trimmed past this replica's position), until the replica restarts: its store lacks those events for good.
/// Its outbox backlog is shown too. Not part of readiness: the replica answers correctly for every event it has.
/// </summary>
internal sealed class EventStreamHealth(EventIngestor ingestor, TimeProvider time) : IHealthCheck
{
    private readonly Lock _gate = new();
    private (StreamGap Gap, DateTimeOffset Since)? _missed;

    /// <summary>Records a gap; returns false when the same gap (same position and cause) was recorded before, so it is said once.</summary>
    public bool Report(StreamGap gap)
    {
        lock (_gate)
        {
            if (_missed is { } known && known.Gap.Position == gap.Position && known.Gap.Reset == gap.Reset)
            {
                return false;
            }

            _missed = (gap, time.GetUtcNow());
            return true;
        }
    }

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var backlog = ingestor.Backlogged ? " The outbox has a backlog: new events wait for the older ones." : "";
        (StreamGap Gap, DateTimeOffset Since)? missed;
        lock (_gate)
        {
            missed = _missed;
        }

        return Task.FromResult(missed is { } gap
            ? HealthCheckResult.Degraded($"Missed events at {gap.Since:yyyy-MM-dd HH:mm:ss} UTC: {gap.Gap.Description}{backlog} Shown until this replica restarts.")
            : HealthCheckResult.Healthy($"Following the event stream.{backlog}"));
    }
}

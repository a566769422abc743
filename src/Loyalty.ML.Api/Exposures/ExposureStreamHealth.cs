using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Exposures;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Exposures;

/// <summary>
/// The other replicas' exposure streams as this replica received them, for <c>/health</c>: degraded while its log lacks
/// lists of theirs (gaps in their numbers within the retention): its online figures then miss those lists. Not part of
/// readiness: every answer is still right.
/// </summary>
internal sealed class ExposureStreamHealth(ExposureStore store, IOptions<ExposureOptions> options, TimeProvider time) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var gaps = ExposureGaps.In(store.Path, time.GetUtcNow() - options.Value.Retention);
        return Task.FromResult(gaps.Complete
            ? HealthCheckResult.Healthy("Every list on the other replicas' exposure streams was received.")
            : HealthCheckResult.Degraded(
                $"{gaps.MissingLists} served lists of other replicas are missing from this replica's exposure log ({gaps.Gaps} gaps in their streams: " +
                "trimmed or lost before they were read); its online evaluation's coverage is incomplete.",
                data: new Dictionary<string, object> { ["missingLists"] = gaps.MissingLists, ["gaps"] = gaps.Gaps }));
    }
}

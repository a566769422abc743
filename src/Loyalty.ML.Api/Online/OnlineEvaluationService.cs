using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Api.Serving.Experiments;
using Loyalty.ML.Data.Exposures;
using Loyalty.ML.Pipeline.Experiments;
using Loyalty.ML.Recommendations.Online;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Online;

/// <summary>
/// Computes the online figures from this replica's stores: the exposure log (every replica's lists, with the stream)
/// against the reported purchases (every replica's events), with the registry's experiments. One computation at a
/// time; callers within <see cref="OnlineEvaluationOptions.Refresh"/> of the last get it as it is.
/// </summary>
internal sealed class OnlineEvaluationService(
    ExposureStore exposures,
    EventIngestor events,
    ModelProvider provider,
    ExperimentRouter router,
    IOptions<OnlineEvaluationOptions> options,
    IOptions<ExposureOptions> exposureOptions,
    TimeProvider time)
{
    private readonly SemaphoreSlim _computing = new(1, 1);
    private volatile OnlineSnapshot? _latest;

    /// <summary>The last figures, or null before the first computation.</summary>
    public OnlineSnapshot? Latest => _latest;

    /// <summary>The figures, recomputed first when they are older than the refresh interval.</summary>
    public async Task<OnlineSnapshot> GetAsync()
    {
        var latest = _latest;
        return latest is not null && time.GetUtcNow() - latest.ComputedAt < options.Value.Refresh ? latest : await RefreshAsync(latest);
    }

    /// <summary>Recomputes the figures (once, when several ask at the same moment).</summary>
    public async Task<OnlineSnapshot> RefreshAsync(OnlineSnapshot? seen = null)
    {
        await _computing.WaitAsync();
        try
        {
            if (_latest is { } latest && latest != seen && seen is not null)
            {
                return latest;
            }

            var snapshot = await Task.Run(Compute);
            _latest = snapshot;
            OnlineMetrics.Set(snapshot);
            return snapshot;
        }
        finally
        {
            _computing.Release();
        }
    }

    private OnlineSnapshot Compute()
    {
        var asOf = time.GetUtcNow();
        var settings = options.Value.Settings;

        // Lists older than the retention are pruned; purchases before the oldest list kept cannot count for one.
        var from = asOf - exposureOptions.Value.Retention - settings.Window;
        var purchases = CustomerPurchases.FromEvents(events.Store.PurchasesAfter(DateOnly.FromDateTime(from.UtcDateTime).AddDays(-1)), from);
        router.Refresh();
        var report = OnlineReports.Build(ExposureStore.ReadByCustomer(exposures.Path, from), purchases, settings, asOf, router.Experiments, provider.Registry) with
        {
            MissingExposures = ExposureGaps.In(exposures.Path, from),
        };
        return new OnlineSnapshot(report, asOf, provider.Current?.Version);
    }
}

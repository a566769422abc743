using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Online;

/// <summary>Recomputes the online figures every <see cref="OnlineEvaluationOptions.Refresh"/> (the <c>/metrics</c> gauges), then lets automatic promotion look at them.</summary>
internal sealed class OnlineEvaluationRefresher(
    OnlineEvaluationService evaluation, AutoPromotion promotion, IOptions<OnlineEvaluationOptions> options, ILogger<OnlineEvaluationRefresher> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A schedule, not a date: wall-clock time whatever clock the service reads dates from.
        using var timer = new PeriodicTimer(options.Value.Refresh);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await promotion.ConsiderAsync(await evaluation.RefreshAsync());
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                OnlineLog.RefreshFailed(logger, exception);
            }
        }
    }
}

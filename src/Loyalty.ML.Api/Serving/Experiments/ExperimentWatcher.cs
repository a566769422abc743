using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Serving.Experiments;

/// <summary>Reads the registry's experiments at start and again every <see cref="ModelOptions.PollInterval"/>, as the current version is.</summary>
internal sealed class ExperimentWatcher(ExperimentRouter router, IOptions<ModelOptions> options) : BackgroundService
{
    /// <inheritdoc />
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        router.Refresh(force: true);
        await base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A poll, not a date: wall-clock time whatever clock the service reads dates from.
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            router.Refresh();
        }
    }
}

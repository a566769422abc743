using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Webhooks;

/// <summary>
/// Runs webhook delivery when endpoints are configured: every poll it fills the outbox from the purchase log and the
/// served model, then attempts what is due. Everything it needs to resume is in the store, so after a crash or a
/// <c>kill -9</c> the next start sends what was queued and queues what was not yet looked at.
/// </summary>
internal sealed class WebhookDispatcher(
    IOptions<WebhookOptions> options, EventIngestor ingestor, WebhookOutbox outbox, WebhookSender sender, TimeProvider time, ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan ReportInterval = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Endpoints.Count == 0)
        {
            return;
        }

        await Task.Yield();
        using var store = WebhookStore.Open(ingestor.Store.Path);
        WebhookLog.Started(logger, settings.Endpoints.Count, ingestor.Store.Path);
        var lastReport = time.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (outbox.Collect(store, settings.Endpoints))
                {
                }

                await sender.SendDueAsync(store, stoppingToken);
                WebhookMetrics.Waiting(store.Counts().Pending);
                if (time.GetElapsedTime(lastReport) >= ReportInterval)
                {
                    sender.ReportFailures();
                    lastReport = time.GetTimestamp();
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                WebhookLog.PassFailed(logger, exception);
            }

            await Task.Delay(settings.PollInterval, time, stoppingToken);
        }
    }
}

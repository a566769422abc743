using System.Text;
using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Webhooks;

/// <summary>
/// Attempts the deliveries that are due: a signed POST each; a 2xx answer marks it delivered, anything else (an error
/// status, a refused connection, a timeout) schedules the next attempt with exponential backoff and jitter, until
/// <see cref="WebhookOptions.MaxAttempts"/>. Delivery is at least once: a receiver drops repeats by <c>Loyalty-Webhook-Id</c>.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookSender> logger)
{
    /// <summary>Name of the HTTP client deliveries go through.</summary>
    public const string HttpClientName = "webhooks";

    private readonly Dictionary<string, (int Failures, string Error)> _failing = new(StringComparer.Ordinal);

    /// <summary>Attempts up to 50 due deliveries; returns how many were delivered.</summary>
    public async Task<int> SendDueAsync(WebhookStore store, CancellationToken stopping)
    {
        var settings = options.Value;
        var delivered = 0;
        foreach (var delivery in store.Due(time.GetUtcNow().ToUnixTimeMilliseconds(), 50))
        {
            var error = settings.Endpoints.TryGetValue(delivery.Endpoint, out var endpoint)
                ? await AttemptAsync(endpoint, delivery, settings.Timeout, stopping)
                : "the endpoint is no longer configured";
            if (error is null)
            {
                store.Delivered(delivery.Id, time.GetUtcNow().ToUnixTimeMilliseconds());
                WebhookMetrics.Outcome("delivered");
                delivered++;
                continue;
            }

            var attempts = delivery.Attempts + 1;
            var giveUp = attempts >= settings.MaxAttempts || endpoint is null;
            var wait = Backoff(settings, attempts);
            store.Failed(delivery.Id, (time.GetUtcNow() + wait).ToUnixTimeMilliseconds(), error, giveUp);
            WebhookMetrics.Outcome(giveUp ? "failed" : "retry");
            Record(delivery.Endpoint, error);
            if (giveUp)
            {
                WebhookLog.GaveUp(logger, delivery.DeliveryId, delivery.Endpoint, attempts, error);
            }
            else
            {
                WebhookLog.Retrying(logger, delivery.DeliveryId, delivery.Endpoint, attempts, error, wait);
            }
        }

        return delivered;
    }

    /// <summary>Logs each failing endpoint once with its count since the last report, then forgets the counts.</summary>
    public void ReportFailures()
    {
        foreach (var (endpoint, (failures, error)) in _failing)
        {
            WebhookLog.EndpointFailing(logger, endpoint, failures, error);
        }

        _failing.Clear();
    }

    /// <summary>The wait before attempt <paramref name="attempts"/> + 1: doubling from the initial backoff, ±20%, at most the maximum.</summary>
    public static TimeSpan Backoff(WebhookOptions settings, int attempts)
    {
        var doubled = settings.InitialBackoff.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 30));
        var capped = Math.Min(doubled, settings.MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + (0.4 * Random.Shared.NextDouble())));
    }

    private async Task<string?> AttemptAsync(WebhookEndpoint endpoint, PendingDelivery delivery, TimeSpan timeout, CancellationToken stopping)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Loyalty-Webhook-Id", delivery.DeliveryId);
        request.Headers.Add("Loyalty-Webhook-Event", delivery.EventType);
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Sign(endpoint.Secret, time.GetUtcNow(), delivery.Payload));
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        limit.CancelAfter(timeout);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, limit.Token);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is OperationCanceledException && !stopping.IsCancellationRequested))
        {
            return exception is OperationCanceledException ? $"no answer within {timeout}" : exception.Message;
        }
    }

    private void Record(string endpoint, string error) =>
        _failing[endpoint] = (_failing.TryGetValue(endpoint, out var seen) ? seen.Failures + 1 : 1, error);
}

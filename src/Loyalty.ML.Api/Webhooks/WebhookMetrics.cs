using Prometheus;

namespace Loyalty.ML.Api.Webhooks;

/// <summary>Prometheus figures of webhook deliveries.</summary>
internal static class WebhookMetrics
{
    private static readonly Counter Deliveries = Metrics.CreateCounter(
        "loyalty_webhook_deliveries_total", "Webhook deliveries by outcome: queued (in the outbox), delivered, retry (an attempt failed), failed (given up).", "outcome");

    private static readonly Gauge Pending = Metrics.CreateGauge("loyalty_webhook_pending", "Webhook deliveries waiting in the outbox.");

    public static void Queued(int count) => Deliveries.WithLabels("queued").Inc(count);

    public static void Outcome(string outcome) => Deliveries.WithLabels(outcome).Inc();

    public static void Waiting(long count) => Pending.Set(count);
}

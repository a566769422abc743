namespace Loyalty.ML.Api.Webhooks;

/// <summary>Deliveries in the outbox by state.</summary>
internal readonly record struct WebhookCounts(long Delivered, long Pending, long Failed);

namespace Loyalty.ML.Api.Webhooks;

/// <summary>A delivery to put in the outbox: one event for one endpoint.</summary>
internal sealed record NewDelivery(string DeliveryId, string Endpoint, string EventType, string Payload);

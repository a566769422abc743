namespace Loyalty.ML.Api.Webhooks;

/// <summary>A delivery due for an attempt.</summary>
internal sealed record PendingDelivery(long Id, string DeliveryId, string Endpoint, string EventType, string Payload, int Attempts);

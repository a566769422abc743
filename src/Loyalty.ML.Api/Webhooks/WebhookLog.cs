namespace Loyalty.ML.Api.Webhooks;

/// <summary>Log lines of webhook delivery.</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(EventId = 700, Level = LogLevel.Information, Message = "Webhooks: delivering to {Count} endpoint(s) from the outbox in {Path}")]
    public static partial void Started(ILogger logger, int count, string path);

    [LoggerMessage(EventId = 701, Level = LogLevel.Debug, Message = "Webhook {DeliveryId} to {Endpoint} failed (attempt {Attempt}): {Error}; next attempt in {Wait}")]
    public static partial void Retrying(ILogger logger, string deliveryId, string endpoint, int attempt, string error, TimeSpan wait);

    [LoggerMessage(EventId = 702, Level = LogLevel.Warning, Message = "Webhook {DeliveryId} to {Endpoint} given up after {Attempts} attempts: {Error}")]
    public static partial void GaveUp(ILogger logger, string deliveryId, string endpoint, int attempts, string error);

    [LoggerMessage(EventId = 703, Level = LogLevel.Warning, Message = "Webhook endpoint {Endpoint} is failing: {Failures} failed attempt(s) in the last interval, last: {Error}")]
    public static partial void EndpointFailing(ILogger logger, string endpoint, int failures, string error);

    [LoggerMessage(EventId = 704, Level = LogLevel.Error, Message = "Webhook dispatcher pass failed; it tries again")]
    public static partial void PassFailed(ILogger logger, Exception exception);
}

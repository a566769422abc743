namespace Loyalty.ML.Api.Events;

/// <summary>Log messages of event ingestion.</summary>
internal static partial class EventLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "{Count} events are stored but were not written to the Redis stream")]
    public static partial void StreamFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Event overlay for model {Version} rebuilt from the store: {Purchases} purchases and {Offers} offer events after {LastDay}")]
    public static partial void OverlayRebuilt(ILogger logger, string version, long purchases, long offers, DateOnly lastDay);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Event store at {Path}")]
    public static partial void StoreOpened(ILogger logger, string path);
}

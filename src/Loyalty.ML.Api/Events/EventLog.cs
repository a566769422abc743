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

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Following the event stream from entry {Position}")]
    public static partial void FollowingStream(ILogger logger, string position);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Cannot read the event stream; events from other replicas wait until Redis is back")]
    public static partial void StreamReadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Information, Message = "Reading the event stream again from entry {Position}")]
    public static partial void StreamReadRecovered(ILogger logger, string position);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Warning, Message = "Missed events: the stream was trimmed and now starts at entry {Oldest}, after entry {Position} this replica applied last. Events trimmed in between are not in this replica's store; raise Events:Stream:MaxLength, or train from the store of a replica that has them")]
    public static partial void EventsMissed(ILogger logger, string position, string oldest);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Information, Message = "Wrote {Count} stored events to the stream again (they were not seen on it)")]
    public static partial void Republished(ILogger logger, int count);

    [LoggerMessage(EventId = 7009, Level = LogLevel.Warning, Message = "Skipped {Count} stream entries this version cannot read, up to entry {Position}")]
    public static partial void UnreadableEntries(ILogger logger, int count, string position);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Error, Message = "Applying events from the stream failed; trying again")]
    public static partial void FollowerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Warning, Message = "Events are on the stream but the write notice failed; other replicas apply them at their next poll")]
    public static partial void NoticeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7050, Level = LogLevel.Warning, Message = "An event store from an earlier release is at {Former} and is not read: events now live in the registry they were served from, at {Path}. Stop the service and move the store (with its -wal and -shm files) there to keep serving and training on those events")]
    public static partial void FormerStoreNotRead(ILogger logger, string former, string path);
}

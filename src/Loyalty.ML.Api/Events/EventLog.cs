namespace Loyalty.ML.Api.Events;

/// <summary>Log messages of event ingestion.</summary>
internal static partial class EventLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Writing stored events to the Redis stream failed {Failures} times in the last {Interval} ({Reason}); they wait in the outbox and go out when Redis takes them")]
    public static partial void StreamFailed(ILogger logger, long failures, TimeSpan interval, string reason);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Event overlay for model {Version} rebuilt from the store: {Purchases} purchases and {Offers} offer events after {LastDay}")]
    public static partial void OverlayRebuilt(ILogger logger, string version, long purchases, long offers, DateOnly lastDay);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Event store at {Path} passed its check (quick_check, schema, high-water mark {MarkPath}): {Purchases} purchases, {Offers} offer events, stream position {Position}")]
    public static partial void StoreOpened(ILogger logger, string path, long purchases, long offers, string position, string markPath);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Following the event stream from entry {Position}")]
    public static partial void FollowingStream(ILogger logger, string position);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Cannot read the event stream; events from other replicas wait until Redis is back")]
    public static partial void StreamReadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Information, Message = "Reading the event stream again from entry {Position}")]
    public static partial void StreamReadRecovered(ILogger logger, string position);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Warning, Message = "Missed events: {Gap}")]
    public static partial void EventsMissed(ILogger logger, string gap);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Information, Message = "Wrote {Count} stored events to the stream from the outbox in {Seconds:0.00} s ({Rate:0} a second), oldest first")]
    public static partial void Republished(ILogger logger, int count, double seconds, double rate);

    [LoggerMessage(EventId = 7009, Level = LogLevel.Warning, Message = "Skipped {Count} stream entries this version cannot read, up to entry {Position}")]
    public static partial void UnreadableEntries(ILogger logger, int count, string position);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Error, Message = "Applying events from the stream failed {Failures} times in the last {Interval}; trying again")]
    public static partial void FollowerFailed(ILogger logger, long failures, TimeSpan interval, Exception exception);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Warning, Message = "Events are on the stream but the write notice failed {Failures} times in the last {Interval} ({Reason}); other replicas apply them at their next poll")]
    public static partial void NoticeFailed(ILogger logger, long failures, TimeSpan interval, string reason);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Critical, Message = "{Problem}")]
    public static partial void StoreCheckFailed(ILogger logger, string problem);

    [LoggerMessage(EventId = 7013, Level = LogLevel.Critical, Message = "{Problem}. This replica reports not ready and answers event posts with 503 until it is restarted on a sound store")]
    public static partial void StoreFailed(ILogger logger, string problem, Exception? exception);

    [LoggerMessage(EventId = 7014, Level = LogLevel.Warning, Message = "Writing the event store's high-water mark {Path} failed {Failures} times in the last {Interval} ({Reason}); events are stored, but a lost tail would not be recognised")]
    public static partial void MarkFailed(ILogger logger, string path, long failures, TimeSpan interval, string reason);

    [LoggerMessage(EventId = 7015, Level = LogLevel.Warning, Message = "{Count} events read from the stream in the last {Interval} have ids this store holds with another payload; the stored ones stand")]
    public static partial void StreamConflicts(ILogger logger, long count, TimeSpan interval);

    [LoggerMessage(EventId = 7016, Level = LogLevel.Information, Message = "Event store backup {Path} written in {Seconds:0.00} s; {Pruned} older ones deleted")]
    public static partial void BackupWritten(ILogger logger, string path, double seconds, int pruned);

    [LoggerMessage(EventId = 7017, Level = LogLevel.Error, Message = "Backing up the event store into {Folder} failed; trying again at the next interval")]
    public static partial void BackupFailed(ILogger logger, string folder, Exception exception);

    [LoggerMessage(EventId = 7050, Level = LogLevel.Warning, Message = "An event store from an earlier release is at {Former} and is not read: events now live in the registry they were served from, at {Path}. Stop the service and move the store (with its -wal and -shm files) there to keep serving and training on those events")]
    public static partial void FormerStoreNotRead(ILogger logger, string former, string path);
}

namespace Loyalty.ML.Api.Caching;

/// <summary>Log messages of the cache.</summary>
internal static partial class CacheLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Redis {Operation} failed; answering without the cache for {BreakDuration}")]
    public static partial void RedisFailed(ILogger logger, string operation, TimeSpan breakDuration, Exception exception);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "Redis connection to {Endpoint} lost ({FailureType}); answering without it until it is back")]
    public static partial void ConnectionLost(ILogger logger, string endpoint, string failureType);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Redis connection to {Endpoint} restored")]
    public static partial void ConnectionRestored(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "Cached value under {Key} is unreadable; recomputing")]
    public static partial void UnreadableValue(ILogger logger, string key, Exception exception);
}

namespace Loyalty.ML.Api.Exposures;

/// <summary>Log messages of the exposure log.</summary>
internal static partial class ExposureLogMessages
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "{Count} served lists are stored but were not written to the exposure stream; the outbox writes them again")]
    public static partial void StreamFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning, Message = "Cannot read the exposure stream; other replicas' served lists wait until Redis is back")]
    public static partial void StreamReadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message = "Exposure log pruned: {Removed} lists removed, {Kept} kept")]
    public static partial void Pruned(ILogger logger, long removed, long kept);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Error, Message = "Could not write {Count} served lists to the exposure log")]
    public static partial void WriteFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Information, Message = "The exposure streams are read again")]
    public static partial void StreamReadRecovered(ILogger logger);

    [LoggerMessage(EventId = 9006, Level = LogLevel.Warning, Message = "{Missing} served lists of replica {Origin} are missing from its exposure stream (trimmed or lost before this replica read them); the online evaluation's coverage is incomplete")]
    public static partial void ListsMissing(ILogger logger, long missing, long origin);
}

namespace Loyalty.ML.Api.Online;

/// <summary>Log messages of the online evaluation.</summary>
internal static partial class OnlineLog
{
    [LoggerMessage(EventId = 9201, Level = LogLevel.Error, Message = "The online figures could not be computed; the last ones stay")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);
}

namespace Loyalty.ML.Api.Security;

/// <summary>Log messages of authentication.</summary>
internal static partial class SecurityLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Warning,
        Message = "{Count} request(s) with an invalid API key since the last report (reported at most every {Interval}); the latest from {Address}")]
    public static partial void InvalidKeys(ILogger logger, long count, TimeSpan interval, string address);
}

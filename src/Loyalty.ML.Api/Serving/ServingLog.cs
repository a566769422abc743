namespace Loyalty.ML.Api.Serving;

/// <summary>Log messages of the model provider.</summary>
internal static partial class ServingLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Serving model version {Version} from {Directory}")]
    public static partial void ModelLoaded(ILogger logger, string version, string directory);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "Rejected model version {Version}: {Reason}; still serving {Serving}")]
    public static partial void ModelRejected(ILogger logger, string version, string reason, string serving);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "No model bundle in {Registry}: train first (./train.sh)")]
    public static partial void NoBundle(ILogger logger, string registry);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Watching {Registry} failed; relying on the periodic check")]
    public static partial void WatchFailed(ILogger logger, string registry, Exception exception);
}

namespace Loyalty.ML.Api.Serving.Experiments;

/// <summary>Log messages of experiments.</summary>
internal static partial class ExperimentLog
{
    [LoggerMessage(EventId = 9101, Level = LogLevel.Information, Message = "Serving challenger {Version} to a share of {Share} of customers (experiment {Experiment})")]
    public static partial void ChallengerLoaded(ILogger logger, string version, string experiment, double share);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Error, Message = "Challenger {Version} of experiment {Experiment} was not loaded, its customers get the champion: {Reason}")]
    public static partial void ChallengerRejected(ILogger logger, string version, string experiment, string reason);

    [LoggerMessage(EventId = 9103, Level = LogLevel.Error, Message = "{Path} cannot be read; the experiments read before stay in force")]
    public static partial void FileUnreadable(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 9104, Level = LogLevel.Warning, Message = "Promoted challenger {Version} of experiment {Experiment}: {Summary}")]
    public static partial void Promoted(ILogger logger, string version, string experiment, string summary);

    [LoggerMessage(EventId = 9105, Level = LogLevel.Information, Message = "Experiment {Experiment} was promoted or ended by another process before this one could")]
    public static partial void PromotedElsewhere(ILogger logger, string experiment);
}

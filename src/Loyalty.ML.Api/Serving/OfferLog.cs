namespace Loyalty.ML.Api.Serving;

/// <summary>Log messages of the offer configuration.</summary>
internal static partial class OfferLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Offer rules loaded from {Source}")]
    public static partial void RulesLoaded(ILogger logger, string source);

    [LoggerMessage(EventId = 201, Level = LogLevel.Error, Message = "Offer configuration rejected, the previous rules and ledger keep working: {Reason}")]
    public static partial void RulesRejected(ILogger logger, string reason);
}

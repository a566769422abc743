namespace Loyalty.ML.Api.Events.Durability;

/// <summary>
/// The event store failed (damaged, replaced, unwritable): answered 503 with this message, never 500, while the replica
/// reports not ready. The message names no path; <c>/health/ready</c> does.
/// </summary>
internal sealed class EventStoreUnavailableException(string message, Exception? cause = null) : Exception(message, cause)
{
    /// <summary>The answer's detail.</summary>
    public const string Detail = "This replica's event store is damaged or unavailable, so it cannot store or apply events; it reports not ready (/health/ready). Retry on another replica.";

    /// <summary>An exception carrying <see cref="Detail"/>.</summary>
    public EventStoreUnavailableException(Exception? cause = null)
        : this(Detail, cause)
    {
    }
}

using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Api.Events.Durability;

/// <summary>
/// Whether this replica's event store can be trusted: the first damage seen at run time (SQLite reporting a corrupt,
/// unreadable, unwritable or vanished file, or the file at the path no longer being this store) is kept, logged once,
/// and makes the replica not ready until it restarts, when the store is checked again. Busy and locked are not damage.
/// </summary>
internal sealed class EventStoreHealth(TimeProvider time, ILogger<EventStoreHealth> logger)
{
    private StoreFault? _fault;

    /// <summary>The damage seen, or null.</summary>
    public StoreFault? Fault => Volatile.Read(ref _fault);

    /// <summary>Throws <see cref="EventStoreUnavailableException"/> once the store failed.</summary>
    public void ThrowIfFailed()
    {
        if (Fault is not null)
        {
            throw new EventStoreUnavailableException();
        }
    }

    /// <summary>True when <paramref name="exception"/> says the store is damaged or unusable rather than momentarily busy.</summary>
    public static bool IsDamage(SqliteException exception) =>
        exception.SqliteErrorCode is not (SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED or SQLitePCL.raw.SQLITE_INTERRUPT);

    /// <summary>Keeps <paramref name="problem"/> as the store's fault (the first one stays) and logs it; returns the exception to throw.</summary>
    public EventStoreUnavailableException Fail(string storePath, string problem, Exception? cause = null)
    {
        var fault = new StoreFault($"Event store Events:StorePath={storePath}: {problem}", time.GetUtcNow());
        if (Interlocked.CompareExchange(ref _fault, fault, null) is null)
        {
            EventLog.StoreFailed(logger, fault.Problem, cause);
        }

        return new EventStoreUnavailableException(cause);
    }
}

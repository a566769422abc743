using Loyalty.ML.Data.Events;
using Loyalty.ML.Data.Events.Recovery;

namespace Loyalty.ML.Api.Events.Durability;

/// <summary>
/// Opens the store for the service: takes its lock, checks it (<see cref="EventStoreCheck"/>: quick_check, schema,
/// stream position, against its high-water mark) and refuses to start, naming <c>Events:StorePath</c> and every problem,
/// when it is damaged or lacks events it acknowledged. Nothing is changed on a refusal.
/// </summary>
internal static class EventStoreStartup
{
    /// <summary>The lock, the open store and its mark, or an exception that stops the service.</summary>
    public static (EventStoreLock Lock, EventStore Store, EventStoreMark Mark) Open(string path, string markPath, ILogger logger)
    {
        var storeLock = EventStoreLock.Acquire(path);
        try
        {
            var report = EventStoreCheck.Run(path, markPath);
            if (!report.IsSound)
            {
                var message = $"The event store Events:StorePath={path} failed its check at start, so the service does not start. {string.Join(" ", report.Problems)} "
                    + $"Nothing was changed. Restore a backup (./train.sh event-store restore --from BACKUP --store {path}; README: Event store damage); "
                    + $"to start on the store as it is despite the events it lacks, delete its high-water mark {markPath} (Events:MarkPath).";
                EventLog.StoreCheckFailed(logger, message);
                throw new InvalidOperationException(message);
            }

            var store = EventStore.Open(path);
            try
            {
                var mark = EventStoreMark.Open(markPath);
                mark.Write(new StoreMark(store.StoreId, store.Written));
                EventLog.StoreOpened(logger, path, report.Purchases, report.Offers, report.StreamPosition ?? "none", markPath);
                return (storeLock, store, mark);
            }
            catch
            {
                store.Dispose();
                throw;
            }
        }
        catch
        {
            storeLock.Dispose();
            throw;
        }
    }
}

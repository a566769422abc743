namespace Loyalty.ML.Data.Events;

/// <summary>
/// An exclusive lock file beside the event store, held while the service runs. Two replicas pointed at one store would
/// not corrupt it (SQLite serializes writers) but would share one outbox and one stream position, and on a network
/// volume SQLite's locking is not to be trusted: the second one stops at start instead. Training reads the store
/// without it; a restore takes it, so it cannot replace a store a running service writes to.
/// </summary>
public sealed class EventStoreLock : IDisposable
{
    private readonly FileStream _file;

    private EventStoreLock(FileStream file) => _file = file;

    /// <summary>The lock file of the store at <paramref name="storePath"/>.</summary>
    public static string PathOf(string storePath) => storePath + ".lock";

    /// <summary>Takes the lock of the store at <paramref name="storePath"/>; throws naming the setting when another process holds it.</summary>
    public static EventStoreLock Acquire(string storePath)
    {
        var path = PathOf(storePath);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            return new EventStoreLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException exception)
        {
            throw new InvalidOperationException(
                $"The event store {storePath} is already open in another service process. Give each replica its own store (Events:StorePath, e.g. Events__StorePath=/var/lib/loyalty/replica-1/events.db).",
                exception);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();
}

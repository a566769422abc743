using System.Globalization;

namespace Loyalty.ML.Data.Events.Recovery;

/// <summary>
/// Puts a backup in a store's place, with the service stopped (it takes the store's lock): the backup must pass
/// <see cref="EventStoreCheck"/>; the files in the store's place (the database, its -wal and -shm) are renamed aside,
/// never deleted; the backup is copied in, synced, and its high-water mark written, so the service starts on it. Events
/// acknowledged after the backup are not in it: with Redis the replica reads the stream again from the backup's
/// position, and gets back every event still on the stream, its own included.
/// </summary>
public static class EventStoreRestore
{
    /// <summary>Restores <paramref name="backupPath"/> to <paramref name="storePath"/> with its mark at <paramref name="markPath"/>.</summary>
    public static RestoreReport Restore(string backupPath, string storePath, string markPath, DateTimeOffset now)
    {
        if (!File.Exists(backupPath))
        {
            throw new FileNotFoundException($"No backup at {backupPath}.", backupPath);
        }

        EventStoreLock held;
        try
        {
            held = EventStoreLock.Acquire(storePath);
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidOperationException($"The event store {storePath} is open in a running service: stop it before restoring.", exception);
        }

        using (held)
        {
            var backup = EventStoreCheck.Run(backupPath, EventStoreMark.DefaultPath(backupPath));
            if (!backup.IsSound || backup.Held is null)
            {
                throw new InvalidDataException($"The backup {backupPath} is not a sound event store: {string.Join(" ", backup.Problems.DefaultIfEmpty("it has no store id"))}");
            }

            var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            var aside = new List<string>();
            foreach (var file in new[] { storePath, storePath + "-wal", storePath + "-shm" }.Where(File.Exists))
            {
                var moved = $"{file}.before-restore-{stamp}";
                File.Move(file, moved);
                aside.Add(moved);
            }

            var copying = storePath + ".restoring";
            File.Copy(backupPath, copying, overwrite: true);
            using (var copy = new FileStream(copying, FileMode.Open, FileAccess.ReadWrite))
            {
                copy.Flush(flushToDisk: true);
            }

            File.Move(copying, storePath);
            EventStoreMark.Write(markPath, backup.Held);
            return new RestoreReport(backup with { StorePath = storePath }, aside);
        }
    }
}

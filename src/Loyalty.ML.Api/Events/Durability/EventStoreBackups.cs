using Loyalty.ML.Api.Options;
using Loyalty.ML.Data.Events.Recovery;
using Microsoft.Extensions.Options;

namespace Loyalty.ML.Api.Events.Durability;

/// <summary>
/// Backs the event store up every <see cref="EventBackupOptions.Interval"/> (<see cref="EventStoreBackup"/>, a
/// consistent <c>VACUUM INTO</c> copy while the service writes), at start too when the newest backup is older than
/// that, keeping the newest <see cref="EventBackupOptions.Keep"/>. A damaged store is not backed up over its backups.
/// </summary>
internal sealed class EventStoreBackups(
    EventIngestor ingestor, EventStoreHealth health, IOptions<EventBackupOptions> options, TimeProvider time, ILogger<EventStoreBackups> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Interval <= TimeSpan.Zero)
        {
            return;
        }

        await Task.Yield();
        var folder = settings.ResolveFolder(ingestor.Store.Path);
        var newest = EventStoreBackup.List(folder).FirstOrDefault();
        var wait = newest is null ? TimeSpan.Zero : settings.Interval - (time.GetUtcNow() - File.GetLastWriteTimeUtc(newest));
        while (!stoppingToken.IsCancellationRequested)
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, stoppingToken);
            }

            wait = settings.Interval;
            if (health.Fault is not null)
            {
                continue;
            }

            try
            {
                var started = time.GetTimestamp();
                var path = EventStoreBackup.Write(ingestor.Store.Path, folder, time.GetUtcNow());
                var pruned = EventStoreBackup.Prune(folder, settings.Keep);
                EventLog.BackupWritten(logger, path, time.GetElapsedTime(started).TotalSeconds, pruned.Count);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                EventLog.BackupFailed(logger, folder, exception);
            }
        }
    }
}

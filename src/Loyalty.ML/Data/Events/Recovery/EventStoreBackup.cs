using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Data.Events.Recovery;

/// <summary>
/// Backups of a store: <c>VACUUM INTO</c> a new file, a consistent copy taken in one read transaction while the service
/// goes on writing (WAL readers never block the writer), synced to disk, then given its final name, so a backup file
/// that exists is whole. Named <c>events-&lt;UTC time&gt;.db</c>; the newest <c>keep</c> are kept.
/// </summary>
public static class EventStoreBackup
{
    private const string Prefix = "events-";
    private const string Suffix = ".db";

    /// <summary>Copies the store at <paramref name="storePath"/> into <paramref name="folder"/>; returns the backup's path.</summary>
    public static string Write(string storePath, string folder, DateTimeOffset now)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Prefix + now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture) + Suffix);
        var partial = target + ".partial";
        File.Delete(partial);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = storePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $target";
            command.Parameters.AddWithValue("$target", partial);
            command.ExecuteNonQuery();
        }

        using (var written = new FileStream(partial, FileMode.Open, FileAccess.ReadWrite))
        {
            written.Flush(flushToDisk: true);
        }

        File.Move(partial, target);
        return target;
    }

    /// <summary>The backups in <paramref name="folder"/>, newest first.</summary>
    public static IReadOnlyList<string> List(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, Prefix + "*" + Suffix).OrderDescending(StringComparer.Ordinal)]
            : [];

    /// <summary>Deletes all but the newest <paramref name="keep"/> backups in <paramref name="folder"/>; returns those deleted.</summary>
    public static IReadOnlyList<string> Prune(string folder, int keep)
    {
        var old = List(folder).Skip(keep).ToList();
        old.ForEach(File.Delete);
        return old;
    }
}

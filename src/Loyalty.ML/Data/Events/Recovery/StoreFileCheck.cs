using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Data.Events.Recovery;

/// <summary>
/// Whether the file at a running store's path is still that store. Its header is read directly, since a new
/// connection would read the pages the -wal file holds and not notice the file under them overwritten; then its store
/// id is read through SQLite, which tells another store (or a new empty file) put in its place.
/// </summary>
internal static class StoreFileCheck
{
    /// <summary>What is wrong with the file at <paramref name="path"/> for the store <paramref name="storeId"/>, or null.</summary>
    public static string? Problem(string path, string storeId)
    {
        if (!File.Exists(path))
        {
            return "the file is gone";
        }

        try
        {
            if (!HasSqliteHeader(path))
            {
                return "the file is no longer an SQLite database (overwritten while the service ran)";
            }

            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = EventStoreSchema.ReadStoreId;
            return command.ExecuteScalar() is string id && id == storeId ? null
                : "the file at the path is no longer this store (replaced or emptied while the service ran)";
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            return $"the file cannot be read: {exception.Message}";
        }
    }

    private static bool HasSqliteHeader(string path)
    {
        Span<byte> header = stackalloc byte[16];
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length && header.SequenceEqual("SQLite format 3\0"u8);
    }
}

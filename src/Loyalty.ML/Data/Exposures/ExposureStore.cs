using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Data.Exposures;

/// <summary>
/// The exposure log: every served list recorded (at the configured sample rate), in tables of its own in the event
/// store's SQLite database. With a shared stream it is also the outbox of the lists this process served and remembers
/// how far the stream was applied. Bounded: <see cref="Prune"/> drops lists older than the retention and the oldest
/// beyond a row limit. One writer connection; readers open their own and never block it.
/// </summary>
public sealed class ExposureStore : IDisposable
{
    private const int PruneChunk = 10_000;
    private readonly SqliteConnection _writer;
    private readonly SqliteCommand _insert;
    private readonly Lock _gate = new();

    private ExposureStore(string path, SqliteConnection writer)
    {
        Path = path;
        _writer = writer;
        _insert = ExposureRows.InsertCommand(writer);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating when missing) the exposure tables of the database at <paramref name="path"/>.</summary>
    public static ExposureStore Open(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var connection = Connect(path, SqliteOpenMode.ReadWriteCreate);
        Execute(connection, "PRAGMA journal_mode=WAL;" + ExposureSchema.Pragmas + ExposureSchema.Create);
        return new ExposureStore(path, connection);
    }

    /// <summary>Stores <paramref name="lists"/> in one transaction; returns how many were new. Unpublished ones wait in the outbox.</summary>
    public int Append(IReadOnlyList<ServedList> lists, bool published)
    {
        lock (_gate)
        {
            using var transaction = _writer.BeginTransaction();
            var added = Insert(transaction, lists, published);
            transaction.Commit();
            return added;
        }
    }

    /// <summary>Stores lists read from the shared stream and the id of the last entry, in one transaction; returns how many were new.</summary>
    public int AppendFromStream(IReadOnlyList<ServedList> lists, string lastStreamId)
    {
        lock (_gate)
        {
            using var transaction = _writer.BeginTransaction();
            var added = Insert(transaction, lists, published: true);
            using var position = Command(transaction, ExposureSchema.WriteStreamPosition, ("$last_id", lastStreamId));
            position.ExecuteNonQuery();
            transaction.Commit();
            return added;
        }
    }

    /// <summary>Marks the lists <paramref name="first"/>…<paramref name="last"/> of <paramref name="origin"/> as written to the stream.</summary>
    public void MarkPublished(long origin, long first, long last)
    {
        lock (_gate)
        {
            using var command = Command(null, ExposureSchema.MarkPublished, ("$origin", origin), ("$first", first), ("$last", last));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Up to <paramref name="limit"/> lists stored at or before row <paramref name="horizon"/> and not yet written to the stream, oldest first.</summary>
    public List<ServedList> Unpublished(long horizon, int limit) =>
        ReadAll(Path, ExposureSchema.Unpublished, command =>
        {
            command.Parameters.AddWithValue("$seq", horizon);
            command.Parameters.AddWithValue("$limit", limit);
        });

    /// <summary>The last row stored now: lists stored later may still be on their way to the stream.</summary>
    public long Horizon() => Scalar(ExposureSchema.LastSeq);

    /// <summary>Lists stored.</summary>
    public long Count() => Scalar(ExposureSchema.Count);

    /// <summary>The id of the last stream entry applied, or null when none was.</summary>
    public string? StreamPosition()
    {
        using var connection = Connect(Path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = ExposureSchema.ReadStreamPosition;
        return command.ExecuteScalar() as string;
    }

    /// <summary>
    /// Removes lists served before <paramref name="before"/>, then the oldest stored while more than <paramref name="maxRows"/>
    /// remain; returns how many went. Works in chunks, so the event writers sharing the database wait at most one chunk.
    /// </summary>
    public long Prune(long maxRows, DateTimeOffset before)
    {
        var removed = 0L;
        int chunk;
        do
        {
            chunk = Delete(ExposureSchema.PruneOlder, ("$cutoff", before.ToUnixTimeMilliseconds()), ("$limit", PruneChunk));
            removed += chunk;
        }
        while (chunk == PruneChunk);

        for (var excess = Count() - maxRows; excess > 0; excess -= chunk)
        {
            chunk = Delete(ExposureSchema.PruneOldest, ("$limit", Math.Min(excess, PruneChunk)));
            removed += chunk;
        }

        return removed;
    }

    /// <summary>
    /// The lists served at or after <paramref name="from"/> in the store at <paramref name="path"/>, ordered by customer
    /// and then time, read as they are needed; none when the store or its exposure table does not exist.
    /// </summary>
    public static IEnumerable<ServedList> ReadByCustomer(string path, DateTimeOffset from)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        using var connection = Connect(path, SqliteOpenMode.ReadOnly);
        using (var check = connection.CreateCommand())
        {
            check.CommandText = ExposureSchema.HasTable;
            if (Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                yield break;
            }
        }

        using var command = connection.CreateCommand();
        command.CommandText = ExposureSchema.ByCustomer;
        command.Parameters.AddWithValue("$from", from.ToUnixTimeMilliseconds());
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return ExposureRows.Read(reader);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _insert.Dispose();
        _writer.Dispose();
    }

    private int Insert(SqliteTransaction transaction, IReadOnlyList<ServedList> lists, bool published)
    {
        _insert.Transaction = transaction;
        var added = 0;
        foreach (var list in lists)
        {
            ExposureRows.Bind(_insert, list, published);
            added += _insert.ExecuteNonQuery();
        }

        return added;
    }

    private int Delete(string sql, params (string Name, object Value)[] parameters)
    {
        lock (_gate)
        {
            using var command = Command(null, sql, parameters);
            return command.ExecuteNonQuery();
        }
    }

    private long Scalar(string sql)
    {
        using var connection = Connect(Path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private SqliteCommand Command(SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = _writer.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static List<ServedList> ReadAll(string path, string sql, Action<SqliteCommand> bind)
    {
        using var connection = Connect(path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        using var reader = command.ExecuteReader();
        var lists = new List<ServedList>();
        while (reader.Read())
        {
            lists.Add(ExposureRows.Read(reader));
        }

        return lists;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}

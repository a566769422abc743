using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Data.Exposures;

/// <summary>
/// The exposure log: every served list recorded (at the configured sample rate), in tables of its own in the event
/// store's SQLite database. With a shared stream it is also the outbox of the lists this replica served (one position:
/// every local row up to it was written to the stream) and remembers how far the stream was applied. Bounded: <see cref="Prune"/> drops lists older than the retention and the oldest
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

    /// <summary>True when every item id of <paramref name="list"/> can be stored as it is (none holds a unit separator, U+001F).</summary>
    public static bool CanStore(ServedList list) => ExposureRows.Storable(list);

    /// <summary>Stores the lists this replica served in one transaction; returns the first and last row numbers they got (0, 0 for none).</summary>
    public (long First, long Last) Append(IReadOnlyList<ServedList> lists)
    {
        lock (_gate)
        {
            using var transaction = _writer.BeginTransaction();
            var rows = Insert(transaction, lists, local: true);
            transaction.Commit();
            return rows;
        }
    }

    /// <summary>Stores lists other replicas served, read from the shared stream, and the id of the last entry read, in one transaction.</summary>
    public void AppendFromStream(IReadOnlyList<ServedList> lists, string lastStreamId)
    {
        lock (_gate)
        {
            using var transaction = _writer.BeginTransaction();
            Insert(transaction, lists, local: false);
            using var position = Command(transaction, ExposureSchema.WriteStreamPosition, ("$last_id", lastStreamId));
            position.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    /// <summary>The last row of this replica's lists written to the shared stream (0 before any).</summary>
    public long PublishedThrough()
    {
        using var connection = Connect(Path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = ExposureSchema.ReadPublished;
        return command.ExecuteScalar() is long seq ? seq : 0;
    }

    /// <summary>Records that this replica's lists up to row <paramref name="seq"/> are on the shared stream.</summary>
    public void SetPublishedThrough(long seq)
    {
        lock (_gate)
        {
            using var command = Command(null, ExposureSchema.WritePublished, ("$seq", seq));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Up to <paramref name="limit"/> lists this replica served stored after row <paramref name="seq"/>, with their row numbers, oldest first.</summary>
    public List<(long Seq, ServedList List)> LocalAfter(long seq, int limit)
    {
        using var connection = Connect(Path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = ExposureSchema.LocalAfter;
        command.Parameters.AddWithValue("$seq", seq);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var rows = new List<(long, ServedList)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(9), ExposureRows.Read(reader)));
        }

        return rows;
    }

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

    /// <summary>When the earliest list in the store at <paramref name="path"/> was served; null when it has none (or no store or table).</summary>
    public static DateTimeOffset? Earliest(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var connection = Connect(path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = ExposureSchema.HasTable;
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return null;
        }

        command.CommandText = ExposureSchema.Earliest;
        return command.ExecuteScalar() is long milliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _insert.Dispose();
        _writer.Dispose();
    }

    private (long First, long Last) Insert(SqliteTransaction transaction, IReadOnlyList<ServedList> lists, bool local)
    {
        _insert.Transaction = transaction;
        var first = 0L;
        foreach (var list in lists)
        {
            ExposureRows.Bind(_insert, list, local);
            _insert.ExecuteNonQuery();

            // Rows get max(seq) + 1 while this transaction holds the write lock: the batch's numbers are consecutive.
            first = first == 0 ? LastRow(transaction) : first;
        }

        return lists.Count == 0 ? (0, 0) : (first, first + lists.Count - 1);
    }

    private long LastRow(SqliteTransaction transaction)
    {
        using var command = Command(transaction, "SELECT last_insert_rowid()");
        return (long)command.ExecuteScalar()!;
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

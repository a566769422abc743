using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Data.Exposures;

/// <summary>
/// The exposure log in tables of its own in the event store's SQLite database. It keeps the replica's origin (see
/// <see cref="ExposureId"/>) and highest list number across restarts, the outbox (every local row up to one position is on
/// the shared stream) and how far each other replica's stream was applied. Bounded by <see cref="Prune"/>. One writer
/// connection; readers open their own. One replica per file: a copy started as a second replica would share its origin.
/// </summary>
public sealed class ExposureStore : IDisposable
{
    private const int PruneChunk = 10_000;
    private readonly SqliteConnection _writer;
    private readonly ExposureRowWriter _rows;
    private readonly Lock _gate = new();

    private ExposureStore(string path, SqliteConnection writer, long origin, long lastSequence)
    {
        Path = path;
        _writer = writer;
        Origin = origin;
        LastSequence = lastSequence;
        _rows = new ExposureRowWriter(writer);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>This store's replica: the origin of every list it serves.</summary>
    public long Origin { get; }

    /// <summary>The highest list number of <see cref="Origin"/> stored when the store was opened: new lists are numbered after it.</summary>
    public long LastSequence { get; }

    /// <summary>Opens (creating when missing) the exposure tables of the database at <paramref name="path"/>.</summary>
    public static ExposureStore Open(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var connection = Connect(path, SqliteOpenMode.ReadWriteCreate);
        Execute(connection, "PRAGMA journal_mode=WAL;" + ExposureSchema.Pragmas + ExposureSchema.Create);
        using var create = connection.CreateCommand();
        create.CommandText = ExposureSchema.CreateOrigin;
        create.Parameters.AddWithValue("$origin", Random.Shared.NextInt64(1, long.MaxValue));
        create.ExecuteNonQuery();
        create.CommandText = ExposureSchema.ReadOrigin;
        using var reader = create.ExecuteReader();
        reader.Read();
        return new ExposureStore(path, connection, reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Stores the lists this replica served in one transaction; returns the first and last row numbers they got (0, 0 for none).</summary>
    public (long First, long Last) Append(IReadOnlyList<ServedList> lists) => Append(lists, [.. lists.Select(ExposureText.Format)]);

    /// <summary>Stores the lists this replica served, given with their <see cref="ExposureText.Format"/>ted texts, in one transaction; returns the first and last row numbers they got.</summary>
    public (long First, long Last) Append(IReadOnlyList<ServedList> lists, IReadOnlyList<string> texts) =>
        Append(Rows(lists, texts), lists.Count == 0 ? 0 : lists.Max(list => list.Id.Sequence));

    /// <summary>
    /// Stores rows of lists this replica served, numbered up to <paramref name="lastSequence"/>, in one transaction;
    /// returns the first and last row numbers they got (0, 0 for none).
    /// </summary>
    public (long First, long Last) Append(IReadOnlyList<ExposureRow> rows, long lastSequence)
    {
        lock (_gate)
        {
            return Append(_rows.Lines(rows), lastSequence);
        }
    }

    /// <summary>
    /// Stores the lists this replica served, written as <paramref name="lines"/> and numbered up to
    /// <paramref name="lastSequence"/>, in one transaction, straight from their bytes; returns the first and last row
    /// numbers they got (0, 0 for none).
    /// </summary>
    public (long First, long Last) Append(ExposureLines lines, long lastSequence)
    {
        ArgumentNullException.ThrowIfNull(lines);
        lock (_gate)
        {
            using var transaction = _writer.BeginTransaction();
            var stored = _rows.Insert(transaction, lines, local: true);
            using var sequence = Command(transaction, ExposureSchema.WriteLastSequence, ("$sequence", lastSequence));
            sequence.ExecuteNonQuery();
            transaction.Commit();
            return stored;
        }
    }

    /// <summary>
    /// Stores lists another replica served, read from its stream (of <paramref name="origin"/>), and the id of the last
    /// entry read, in one transaction; returns the lists missing before them (see <see cref="ExposureGaps.In"/>).
    /// </summary>
    public long AppendFromStream(long origin, IReadOnlyList<ServedList> lists, string lastStreamId) =>
        AppendFromStream(origin, Rows(lists, [.. lists.Select(ExposureText.Format)]), lastStreamId);

    /// <summary>
    /// Stores rows of lists another replica served, as its stream (of <paramref name="origin"/>) holds them, and the id
    /// of the last entry read, in one transaction; returns how many of that replica's lists its numbers skipped before
    /// them (lost from the stream), kept as a gap (see <see cref="ExposureGaps.In"/>).
    /// </summary>
    public long AppendFromStream(long origin, IReadOnlyList<ExposureRow> rows, string lastStreamId)
    {
        lock (_gate)
        {
            using var transaction = _writer.BeginTransaction();
            _rows.Insert(transaction, _rows.Lines(rows), local: false);
            var missing = ExposureGapLog.Track(transaction, origin, rows);
            using var position = Command(transaction, ExposureSchema.WriteStreamPosition, ("$origin", origin), ("$last_id", lastStreamId));
            position.ExecuteNonQuery();
            transaction.Commit();
            return missing;
        }
    }

    /// <summary>The last row of this replica's lists written to the shared stream (0 before any).</summary>
    public long PublishedThrough() => Scalar(ExposureSchema.ReadPublished);

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
            rows.Add((reader.GetInt64(3), Read(reader)));
        }

        return rows;
    }

    /// <summary>Lists stored.</summary>
    public long Count() => Scalar(ExposureSchema.Count);

    /// <summary>How far each other replica's stream was applied: the id of the last entry, by origin.</summary>
    public Dictionary<long, string> StreamPositions()
    {
        using var connection = Connect(Path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = ExposureSchema.ReadStreamPositions;
        using var reader = command.ExecuteReader();
        var positions = new Dictionary<long, string>();
        while (reader.Read())
        {
            positions[reader.GetInt64(0)] = reader.GetString(1);
        }

        return positions;
    }

    /// <summary>
    /// Removes lists served before <paramref name="before"/> (and the gaps before them), then the oldest stored while more
    /// than <paramref name="maxRows"/> remain; returns how many lists went. Works in chunks, so the event writers sharing the database wait at most one chunk.
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

        Delete(ExposureSchema.PruneGaps, ("$cutoff", before.ToUnixTimeMilliseconds()));
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
            yield return Read(reader);
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
        _rows.Dispose();
        _writer.Dispose();
    }

    private static ExposureRow[] Rows(IReadOnlyList<ServedList> lists, IReadOnlyList<string> texts)
    {
        var rows = new ExposureRow[lists.Count];
        for (var index = 0; index < rows.Length; index++)
        {
            rows[index] = new ExposureRow(lists[index].CustomerId, lists[index].ServedAt.ToUnixTimeMilliseconds(), texts[index]);
        }

        return rows;
    }

    // Columns customer_id, served_ms, list, in that order.
    private static ServedList Read(SqliteDataReader reader) => ExposureText.Parse(reader.GetString(0), reader.GetInt64(1), reader.GetString(2));

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

    private SqliteCommand Command(SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters) =>
        ExposureCommands.Create(_writer, transaction, sql, parameters);

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

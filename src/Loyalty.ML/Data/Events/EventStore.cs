using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Data.Events;

/// <summary>
/// The durable store of reported events: an embedded SQLite database in WAL mode with synchronous=FULL, so an append
/// that returned is on disk and survives a killed process or a power cut. Idempotent on event id. One writer at a
/// time (SQLite's own rule); readers open their own connections and never block it. With a shared stream, it is also
/// the outbox of the events this process stored (unpublished until seen on the stream) and remembers how far the
/// stream was applied.
/// </summary>
public sealed class EventStore : IDisposable
{
    private readonly SqliteConnection _writer;
    private readonly EventTable<PurchaseEvent> _purchases;
    private readonly EventTable<OfferEvent> _offers;
    private readonly Lock _gate = new();

    private EventStore(string path, SqliteConnection writer)
    {
        Path = path;
        _writer = writer;
        _purchases = EventRows.Purchases(writer);
        _offers = EventRows.Offers(writer);
        StoreId = Scalar(writer, EventStoreSchema.ReadStoreId) as string ?? throw new InvalidOperationException($"The event store {path} has no store id.");
        using var seqs = writer.CreateCommand();
        seqs.CommandText = EventStoreSchema.LastSeqs;
        using var reader = seqs.ExecuteReader();
        reader.Read();
        (_purchases.LastSeq, _offers.LastSeq) = (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The id this store was given when it was created: a file put in its place that is another store has another.</summary>
    public string StoreId { get; }

    /// <summary>The last row of each table this store has committed: what its high-water mark records.</summary>
    public OutboxHorizon Written
    {
        get
        {
            lock (_gate)
            {
                return new OutboxHorizon(_purchases.LastSeq, _offers.LastSeq);
            }
        }
    }

    /// <summary>Opens (creating when missing) the store at <paramref name="path"/>.</summary>
    public static EventStore Open(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var connection = Connect(path, SqliteOpenMode.ReadWriteCreate);
        try
        {
            Execute(connection, EventStoreSchema.Pragmas + EventStoreSchema.Create);
            Migrate(connection);
            return new EventStore(path, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Stores the purchases in one transaction; returns which were new. Durable when it returns. With
    /// <paramref name="toPublish"/> the new ones wait in the outbox until seen on the shared stream.
    /// </summary>
    public AppendResult AppendPurchases(IReadOnlyList<PurchaseEvent> purchases, bool toPublish = false)
    {
        lock (_gate)
        {
            using var transaction = _writer.BeginTransaction();
            var (result, lastSeq) = _purchases.Insert(transaction, purchases, published: !toPublish, markIfStored: false);
            transaction.Commit();
            _purchases.LastSeq = lastSeq;
            return result;
        }
    }

    /// <summary>Stores the offer events in one transaction; returns which were new. Durable when it returns. See <see cref="AppendPurchases"/>.</summary>
    public AppendResult AppendOffers(IReadOnlyList<OfferEvent> offers, bool toPublish = false)
    {
        lock (_gate)
        {
            using var transaction = _writer.BeginTransaction();
            var (result, lastSeq) = _offers.Insert(transaction, offers, published: !toPublish, markIfStored: false);
            transaction.Commit();
            _offers.LastSeq = lastSeq;
            return result;
        }
    }

    /// <summary>
    /// Stores a batch read from the shared stream and the id of its last entry in one transaction, so the position never
    /// runs ahead of the events. Events already stored (this process's own, read back) are marked published.
    /// </summary>
    public StreamAppendResult AppendFromStream(IReadOnlyList<PurchaseEvent> purchases, IReadOnlyList<OfferEvent> offers, string lastStreamId)
    {
        lock (_gate)
        {
            using var transaction = _writer.BeginTransaction();
            var (purchasesResult, lastPurchase) = _purchases.Insert(transaction, purchases, published: true, markIfStored: true);
            var (offersResult, lastOffer) = _offers.Insert(transaction, offers, published: true, markIfStored: true);
            using var position = _writer.CreateCommand();
            position.Transaction = transaction;
            position.CommandText = EventStoreSchema.WriteStreamPosition;
            position.Parameters.AddWithValue("$last_id", lastStreamId);
            position.ExecuteNonQuery();
            transaction.Commit();
            (_purchases.LastSeq, _offers.LastSeq) = (lastPurchase, lastOffer);
            return new StreamAppendResult(purchasesResult, offersResult);
        }
    }

    /// <summary>
    /// Why the file at <see cref="Path"/> is no longer this store (gone, overwritten, emptied or another store put in its
    /// place), or null while it is. The writer's own connection cannot tell: it goes on writing to the file it opened.
    /// </summary>
    public string? FileProblem() => Recovery.StoreFileCheck.Problem(Path, StoreId);

    /// <summary>The id of the last stream entry applied, or null when none was.</summary>
    public string? StreamPosition()
    {
        using var connection = Connect(Path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = EventStoreSchema.ReadStreamPosition;
        return command.ExecuteScalar() as string;
    }

    /// <summary>The last stored row of each table now.</summary>
    public OutboxHorizon Horizon()
    {
        using var connection = Connect(Path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = EventStoreSchema.LastSeqs;
        using var reader = command.ExecuteReader();
        reader.Read();
        return new OutboxHorizon(reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Up to <paramref name="limit"/> events of each kind stored at or before <paramref name="horizon"/> and not yet seen on the stream.</summary>
    public UnpublishedEvents Unpublished(OutboxHorizon horizon, int limit) => Unpublished(default, horizon, limit);

    /// <summary>
    /// Up to <paramref name="limit"/> events of each kind stored after <paramref name="after"/> and at or before
    /// <paramref name="upTo"/> and not yet seen on the stream, oldest first, with the last row read of each kind (a
    /// drain's cursor: rows written to the stream stay unpublished until read back, so the next batch starts after it).
    /// </summary>
    public UnpublishedEvents Unpublished(OutboxHorizon after, OutboxHorizon upTo, int limit)
    {
        var purchases = Read(EventStoreSchema.UnpublishedPurchases, command => BindOutbox(command, after.PurchaseSeq, upTo.PurchaseSeq, limit), row => (Event: EventRows.Purchase(row), Seq: row.GetInt64(9))).ToList();
        var offers = Read(EventStoreSchema.UnpublishedOffers, command => BindOutbox(command, after.OfferSeq, upTo.OfferSeq, limit), row => (Event: EventRows.Offer(row), Seq: row.GetInt64(7))).ToList();
        return new UnpublishedEvents(
            [.. purchases.Select(row => row.Event)],
            [.. offers.Select(row => row.Event)],
            new OutboxHorizon(purchases.Count > 0 ? purchases[^1].Seq : after.PurchaseSeq, offers.Count > 0 ? offers[^1].Seq : after.OfferSeq));
    }

    /// <summary>Purchases dated after <paramref name="day"/>, in the order they were stored.</summary>
    public IEnumerable<PurchaseEvent> PurchasesAfter(DateOnly day) => Read(EventStoreSchema.PurchasesAfter, command => command.Parameters.AddWithValue("$day", day.DayNumber), EventRows.Purchase);

    /// <summary>Offer events dated after <paramref name="day"/>, in the order they were stored.</summary>
    public IEnumerable<OfferEvent> OffersAfter(DateOnly day) => Read(EventStoreSchema.OffersAfter, command => command.Parameters.AddWithValue("$day", day.DayNumber), EventRows.Offer);

    /// <summary>Opens the store at <paramref name="path"/> read-only and returns its purchases after <paramref name="day"/>; none when there is no store.</summary>
    public static List<PurchaseEvent> ReadPurchasesAfter(string path, DateOnly day)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var store = Open(path);
        return [.. store.PurchasesAfter(day)];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _purchases.Dispose();
        _offers.Dispose();
        _writer.Dispose();
    }

    private static void BindOutbox(SqliteCommand command, long after, long seq, int limit)
    {
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$seq", seq);
        command.Parameters.AddWithValue("$limit", limit);
    }

    private IEnumerable<T> Read<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> row)
    {
        using var connection = Connect(Path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return row(reader);
        }
    }

    // In one write transaction, so a trainer and the service opening an old store at once add the column once.
    private static void Migrate(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        using var check = connection.CreateCommand();
        check.Transaction = transaction;
        check.CommandText = EventStoreSchema.HasPublished;
        if (Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            Execute(connection, EventStoreSchema.AddPublished, transaction);
        }

        Execute(connection, EventStoreSchema.OutboxIndexes, transaction);
        using (var info = connection.CreateCommand())
        {
            info.Transaction = transaction;
            info.CommandText = EventStoreSchema.StoreInfo;
            info.Parameters.AddWithValue("$store_id", Guid.NewGuid().ToString("N"));
            info.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}

using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Data.Events;

/// <summary>
/// The durable store of reported events: an embedded SQLite database in WAL mode with synchronous=FULL, so an append
/// that returned is on disk and survives a killed process or a power cut. Idempotent on event id. One writer at a
/// time (SQLite's own rule); readers open their own connections and never block it.
/// </summary>
public sealed class EventStore : IDisposable
{
    private readonly SqliteConnection _writer;
    private readonly SqliteCommand _insertPurchase;
    private readonly SqliteCommand _insertOffer;
    private readonly Lock _gate = new();

    private EventStore(string path, SqliteConnection writer)
    {
        Path = path;
        _writer = writer;
        _insertPurchase = EventRows.PurchaseCommand(writer);
        _insertOffer = EventRows.OfferCommand(writer);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating when missing) the store at <paramref name="path"/>.</summary>
    public static EventStore Open(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var connection = Connect(path, SqliteOpenMode.ReadWriteCreate);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = EventStoreSchema.Pragmas + EventStoreSchema.Create;
            command.ExecuteNonQuery();
        }

        return new EventStore(path, connection);
    }

    /// <summary>Stores the purchases in one transaction; returns which were new. Durable when it returns.</summary>
    public AppendResult AppendPurchases(IReadOnlyList<PurchaseEvent> purchases) =>
        Append(purchases, _insertPurchase, EventRows.Bind);

    /// <summary>Stores the offer events in one transaction; returns which were new. Durable when it returns.</summary>
    public AppendResult AppendOffers(IReadOnlyList<OfferEvent> offers) =>
        Append(offers, _insertOffer, EventRows.Bind);

    /// <summary>Purchases dated after <paramref name="day"/>, in the order they were stored.</summary>
    public IEnumerable<PurchaseEvent> PurchasesAfter(DateOnly day) => Read(EventStoreSchema.PurchasesAfter, day, EventRows.Purchase);

    /// <summary>Offer events dated after <paramref name="day"/>, in the order they were stored.</summary>
    public IEnumerable<OfferEvent> OffersAfter(DateOnly day) => Read(EventStoreSchema.OffersAfter, day, EventRows.Offer);

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
        _insertPurchase.Dispose();
        _insertOffer.Dispose();
        _writer.Dispose();
    }

    private AppendResult Append<T>(IReadOnlyList<T> events, SqliteCommand insert, Action<SqliteCommand, T> bind)
    {
        var isNew = new bool[events.Count];
        lock (_gate)
        {
            using var transaction = _writer.BeginTransaction();
            insert.Transaction = transaction;
            for (var index = 0; index < events.Count; index++)
            {
                bind(insert, events[index]);
                isNew[index] = insert.ExecuteNonQuery() == 1;
            }

            transaction.Commit();
        }

        return new AppendResult(isNew);
    }

    private IEnumerable<T> Read<T>(string sql, DateOnly day, Func<SqliteDataReader, T> row)
    {
        using var connection = Connect(Path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$day", day.DayNumber);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return row(reader);
        }
    }

    private static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}

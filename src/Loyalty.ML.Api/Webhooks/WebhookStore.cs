using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Api.Webhooks;

/// <summary>
/// The webhook outbox in the event store's SQLite database (WAL, synchronous=FULL as the store sets it): deliveries are
/// written in the same transaction as the position in the purchase log that produced them, so a crash at any point
/// either loses neither or keeps both, and the next start carries on where the last committed pass ended.
/// </summary>
internal sealed class WebhookStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private WebhookStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens the webhook tables in the database at <paramref name="path"/>, creating them when missing.</summary>
    public static WebhookStore Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, null, WebhookSchema.Create);
        Execute(connection, null, "PRAGMA synchronous=FULL;");
        return new WebhookStore(connection);
    }

    /// <summary>The last purchase sequence number handled and the last model version announced.</summary>
    public (long PurchaseSeq, string? AnnouncedModel) State()
    {
        using var command = Command(null, WebhookSchema.ReadState);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : (0, null);
    }

    /// <summary>The band <paramref name="customerId"/> was last announced in under <paramref name="modelVersion"/>, or null.</summary>
    public string? AnnouncedBand(string customerId, string modelVersion)
    {
        using var command = Command(null, WebhookSchema.ReadBand, ("$customer", customerId), ("$model", modelVersion));
        return command.ExecuteScalar() as string;
    }

    /// <summary>Puts <paramref name="deliveries"/> in the outbox, records the bands announced and moves the position, in one transaction.</summary>
    public void Commit(IReadOnlyList<NewDelivery> deliveries, IReadOnlyList<(string CustomerId, string Band)> bands, string modelVersion, long purchaseSeq, string? announcedModel, long dueMs)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var delivery in deliveries)
        {
            using var insert = Command(transaction, WebhookSchema.Insert, ("$delivery", delivery.DeliveryId), ("$endpoint", delivery.Endpoint), ("$type", delivery.EventType), ("$payload", delivery.Payload), ("$due", dueMs));
            insert.ExecuteNonQuery();
        }

        foreach (var (customerId, band) in bands)
        {
            using var write = Command(transaction, WebhookSchema.WriteBand, ("$customer", customerId), ("$model", modelVersion), ("$band", band));
            write.ExecuteNonQuery();
        }

        using var state = Command(transaction, WebhookSchema.WriteState, ("$seq", purchaseSeq), ("$model", announcedModel));
        state.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>Up to <paramref name="limit"/> deliveries due at <paramref name="nowMs"/>, earliest first.</summary>
    public List<PendingDelivery> Due(long nowMs, int limit)
    {
        using var command = Command(null, WebhookSchema.Due, ("$now", nowMs), ("$limit", limit));
        using var reader = command.ExecuteReader();
        var due = new List<PendingDelivery>();
        while (reader.Read())
        {
            due.Add(new PendingDelivery(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5)));
        }

        return due;
    }

    /// <summary>Marks a delivery done.</summary>
    public void Delivered(long id, long nowMs)
    {
        using var command = Command(null, WebhookSchema.Delivered, ("$now", nowMs), ("$id", id));
        command.ExecuteNonQuery();
    }

    /// <summary>Counts a failed attempt: the delivery is tried again at <paramref name="nextMs"/>, or given up when <paramref name="giveUp"/>.</summary>
    public void Failed(long id, long nextMs, string error, bool giveUp)
    {
        using var command = Command(null, WebhookSchema.Retry, ("$next", nextMs), ("$error", error), ("$failed", giveUp ? 1 : 0), ("$id", id));
        command.ExecuteNonQuery();
    }

    /// <summary>Deliveries by state.</summary>
    public WebhookCounts Counts()
    {
        using var command = Command(null, WebhookSchema.Counts);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new WebhookCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private SqliteCommand Command(SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

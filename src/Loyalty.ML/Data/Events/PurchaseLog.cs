using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Data.Events;

/// <summary>
/// The store's purchases read by sequence number, for readers that keep their own position in it: an export pinned to
/// a watermark, the webhook dispatcher. Every row at or below the store's last sequence number is committed, so a
/// watermark read from <see cref="EventStore.Horizon"/> names one fixed set of purchases.
/// </summary>
public static class PurchaseLog
{
    private const string Columns = "event_id, customer_id, item_id, quantity, unit_price, occurred_at_ms, order_id, channel, store";

    /// <summary>Purchases dated after <paramref name="day"/> stored at or before sequence number <paramref name="upTo"/>, in the order stored.</summary>
    public static List<PurchaseEvent> AfterDayUpTo(string storePath, DateOnly day, long upTo)
    {
        using var connection = Open(storePath);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM purchase_events WHERE day > $day AND seq <= $seq ORDER BY seq";
        command.Parameters.AddWithValue("$day", day.DayNumber);
        command.Parameters.AddWithValue("$seq", upTo);
        var purchases = new List<PurchaseEvent>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            purchases.Add(EventRows.Purchase(reader));
        }

        return purchases;
    }

    /// <summary>Up to <paramref name="limit"/> purchases stored after sequence number <paramref name="after"/>, with their numbers, in the order stored.</summary>
    public static List<(long Seq, PurchaseEvent Purchase)> After(string storePath, long after, int limit)
    {
        using var connection = Open(storePath);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns}, seq FROM purchase_events WHERE seq > $seq ORDER BY seq LIMIT $limit";
        command.Parameters.AddWithValue("$seq", after);
        command.Parameters.AddWithValue("$limit", limit);
        var rows = new List<(long, PurchaseEvent)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(9), EventRows.Purchase(reader)));
        }

        return rows;
    }

    private static SqliteConnection Open(string storePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = storePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}

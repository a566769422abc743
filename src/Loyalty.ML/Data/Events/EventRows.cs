using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Data.Events;

/// <summary>Events to and from rows of the store's tables.</summary>
internal static class EventRows
{
    private static SqliteCommand PurchaseCommand(SqliteConnection connection) => Prepare(connection, EventStoreSchema.InsertPurchase,
        "$event_id", "$customer_id", "$item_id", "$quantity", "$unit_price", "$occurred_at_ms", "$day", "$order_id", "$channel", "$store", "$published");

    private static SqliteCommand OfferCommand(SqliteConnection connection) => Prepare(connection, EventStoreSchema.InsertOffer,
        "$event_id", "$customer_id", "$offer_type", "$action", "$day", "$bonus_value", "$discount_percent", "$published");

    public static void Bind(SqliteCommand command, PurchaseEvent purchase)
    {
        var values = command.Parameters;
        values[0].Value = purchase.EventId;
        values[1].Value = purchase.CustomerId;
        values[2].Value = (object?)purchase.ItemId ?? DBNull.Value;
        values[3].Value = purchase.Quantity;
        values[4].Value = purchase.UnitPrice;
        values[5].Value = purchase.Timestamp.ToUnixTimeMilliseconds();
        values[6].Value = purchase.Day.DayNumber;
        values[7].Value = purchase.OrderId;
        values[8].Value = (object?)purchase.Channel ?? DBNull.Value;
        values[9].Value = (object?)purchase.Store ?? DBNull.Value;
    }

    public static void Bind(SqliteCommand command, OfferEvent offer)
    {
        var values = command.Parameters;
        values[0].Value = offer.EventId;
        values[1].Value = offer.CustomerId;
        values[2].Value = offer.OfferType;
        values[3].Value = offer.Action.ToString();
        values[4].Value = offer.Day.DayNumber;
        values[5].Value = offer.BonusValue;
        values[6].Value = offer.DiscountPercent;
    }

    public static PurchaseEvent Purchase(SqliteDataReader row) => new(
        row.GetString(0),
        row.GetString(1),
        row.IsDBNull(2) ? null : row.GetString(2),
        row.GetDouble(3),
        row.GetDouble(4),
        DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(5)),
        row.GetString(6),
        row.IsDBNull(7) ? null : row.GetString(7),
        row.IsDBNull(8) ? null : row.GetString(8));

    public static OfferEvent Offer(SqliteDataReader row) => new(
        row.GetString(0),
        row.GetString(1),
        row.GetString(2),
        Enum.Parse<OfferAction>(row.GetString(3)),
        DateOnly.FromDayNumber(row.GetInt32(4)),
        row.GetDouble(5),
        row.GetDouble(6));

    public static EventTable<PurchaseEvent> Purchases(SqliteConnection connection) => new(
        PurchaseCommand(connection), Prepare(connection, EventStoreSchema.PurchaseById, "$event_id"),
        Prepare(connection, EventStoreSchema.MarkPurchasePublished, "$event_id"), Bind, Purchase, EventDifferences.Of);

    public static EventTable<OfferEvent> Offers(SqliteConnection connection) => new(
        OfferCommand(connection), Prepare(connection, EventStoreSchema.OfferById, "$event_id"),
        Prepare(connection, EventStoreSchema.MarkOfferPublished, "$event_id"), Bind, Offer, EventDifferences.Of);

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }
}

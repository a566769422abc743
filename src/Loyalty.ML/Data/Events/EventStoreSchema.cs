namespace Loyalty.ML.Data.Events;

/// <summary>The tables of the event store. An event id is unique per table, so a retried line is stored once.</summary>
internal static class EventStoreSchema
{
    // synchronous=FULL: in WAL mode NORMAL survives a killed process but can lose the last commits on a power cut or
    // an OS crash, and an acknowledged event must survive both. The cost is one fsync per batch, not per line.
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;";

    public const string Create = """
        CREATE TABLE IF NOT EXISTS purchase_events(
            seq INTEGER PRIMARY KEY,
            event_id TEXT NOT NULL UNIQUE,
            customer_id TEXT NOT NULL,
            item_id TEXT,
            quantity REAL NOT NULL,
            unit_price REAL NOT NULL,
            occurred_at_ms INTEGER NOT NULL,
            day INTEGER NOT NULL,
            order_id TEXT NOT NULL,
            channel TEXT,
            store TEXT);
        CREATE INDEX IF NOT EXISTS purchase_events_day ON purchase_events(day);
        CREATE TABLE IF NOT EXISTS offer_events(
            seq INTEGER PRIMARY KEY,
            event_id TEXT NOT NULL UNIQUE,
            customer_id TEXT NOT NULL,
            offer_type TEXT NOT NULL,
            action TEXT NOT NULL,
            day INTEGER NOT NULL,
            bonus_value REAL NOT NULL,
            discount_percent REAL NOT NULL);
        CREATE INDEX IF NOT EXISTS offer_events_day ON offer_events(day);
        """;

    public const string InsertPurchase = """
        INSERT OR IGNORE INTO purchase_events(event_id, customer_id, item_id, quantity, unit_price, occurred_at_ms, day, order_id, channel, store)
        VALUES ($event_id, $customer_id, $item_id, $quantity, $unit_price, $occurred_at_ms, $day, $order_id, $channel, $store)
        """;

    public const string InsertOffer = """
        INSERT OR IGNORE INTO offer_events(event_id, customer_id, offer_type, action, day, bonus_value, discount_percent)
        VALUES ($event_id, $customer_id, $offer_type, $action, $day, $bonus_value, $discount_percent)
        """;

    public const string PurchasesAfter = """
        SELECT event_id, customer_id, item_id, quantity, unit_price, occurred_at_ms, order_id, channel, store
        FROM purchase_events WHERE day > $day ORDER BY seq
        """;

    public const string OffersAfter = """
        SELECT event_id, customer_id, offer_type, action, day, bonus_value, discount_percent
        FROM offer_events WHERE day > $day ORDER BY seq
        """;
}

namespace Loyalty.ML.Data.Events;

/// <summary>
/// The tables of the event store. An event id is unique per table, so a retried line is stored once. <c>published</c>
/// is the outbox: 0 until the event was seen on the shared stream.
/// </summary>
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
        CREATE TABLE IF NOT EXISTS stream_position(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_id TEXT NOT NULL);
        """;

    // Stores created before the outbox get the column with 1: their events were written to the stream when stored (or
    // the failure was logged then), and republishing a whole history on upgrade would flood every replica.
    public const string AddPublished = """
        ALTER TABLE purchase_events ADD COLUMN published INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE offer_events ADD COLUMN published INTEGER NOT NULL DEFAULT 1;
        """;

    public const string HasPublished = "SELECT COUNT(*) FROM pragma_table_info('purchase_events') WHERE name = 'published'";

    public const string OutboxIndexes = """
        CREATE INDEX IF NOT EXISTS purchase_events_unpublished ON purchase_events(seq) WHERE published = 0;
        CREATE INDEX IF NOT EXISTS offer_events_unpublished ON offer_events(seq) WHERE published = 0;
        """;

    public const string InsertPurchase = """
        INSERT OR IGNORE INTO purchase_events(event_id, customer_id, item_id, quantity, unit_price, occurred_at_ms, day, order_id, channel, store, published)
        VALUES ($event_id, $customer_id, $item_id, $quantity, $unit_price, $occurred_at_ms, $day, $order_id, $channel, $store, $published)
        """;

    public const string InsertOffer = """
        INSERT OR IGNORE INTO offer_events(event_id, customer_id, offer_type, action, day, bonus_value, discount_percent, published)
        VALUES ($event_id, $customer_id, $offer_type, $action, $day, $bonus_value, $discount_percent, $published)
        """;

    public const string PurchasesAfter = """
        SELECT event_id, customer_id, item_id, quantity, unit_price, occurred_at_ms, order_id, channel, store
        FROM purchase_events WHERE day > $day ORDER BY seq
        """;

    public const string OffersAfter = """
        SELECT event_id, customer_id, offer_type, action, day, bonus_value, discount_percent
        FROM offer_events WHERE day > $day ORDER BY seq
        """;

    public const string MarkPurchasePublished = "UPDATE purchase_events SET published = 1 WHERE event_id = $event_id AND published = 0";

    public const string MarkOfferPublished = "UPDATE offer_events SET published = 1 WHERE event_id = $event_id AND published = 0";

    // seq last: the columns before it are read as the event, as everywhere else.
    public const string UnpublishedPurchases = """
        SELECT event_id, customer_id, item_id, quantity, unit_price, occurred_at_ms, order_id, channel, store, seq
        FROM purchase_events WHERE published = 0 AND seq > $after AND seq <= $seq ORDER BY seq LIMIT $limit
        """;

    public const string UnpublishedOffers = """
        SELECT event_id, customer_id, offer_type, action, day, bonus_value, discount_percent, seq
        FROM offer_events WHERE published = 0 AND seq > $after AND seq <= $seq ORDER BY seq LIMIT $limit
        """;

    public const string LastSeqs = "SELECT (SELECT COALESCE(MAX(seq), 0) FROM purchase_events), (SELECT COALESCE(MAX(seq), 0) FROM offer_events)";

    // One row naming this store, so a copy of another store (or a new empty file) put in its place is told apart.
    public const string StoreInfo = """
        CREATE TABLE IF NOT EXISTS store_info(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            store_id TEXT NOT NULL);
        INSERT OR IGNORE INTO store_info(id, store_id) VALUES (1, $store_id);
        """;

    public const string ReadStoreId = "SELECT store_id FROM store_info WHERE id = 1";

    public const string PurchaseById = """
        SELECT event_id, customer_id, item_id, quantity, unit_price, occurred_at_ms, order_id, channel, store
        FROM purchase_events WHERE event_id = $event_id
        """;

    public const string OfferById = """
        SELECT event_id, customer_id, offer_type, action, day, bonus_value, discount_percent
        FROM offer_events WHERE event_id = $event_id
        """;

    public const string ReadStreamPosition = "SELECT last_id FROM stream_position WHERE id = 1";

    public const string WriteStreamPosition = """
        INSERT INTO stream_position(id, last_id) VALUES (1, $last_id) ON CONFLICT(id) DO UPDATE SET last_id = excluded.last_id
        """;
}

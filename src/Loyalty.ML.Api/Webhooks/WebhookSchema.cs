namespace Loyalty.ML.Api.Webhooks;

/// <summary>
/// The webhook tables, in the event store's database beside (never in) its event tables: the outbox of deliveries, how
/// far the purchase log was read, the band each customer was last announced in, and the last model announced.
/// </summary>
internal static class WebhookSchema
{
    public const string Create = """
        PRAGMA busy_timeout=5000;
        CREATE TABLE IF NOT EXISTS webhook_deliveries(
            id INTEGER PRIMARY KEY,
            delivery_id TEXT NOT NULL,
            endpoint TEXT NOT NULL,
            event_type TEXT NOT NULL,
            payload TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_ms INTEGER NOT NULL,
            delivered_ms INTEGER,
            failed INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            UNIQUE(delivery_id, endpoint));
        CREATE INDEX IF NOT EXISTS webhook_deliveries_due ON webhook_deliveries(next_attempt_ms) WHERE delivered_ms IS NULL AND failed = 0;
        CREATE TABLE IF NOT EXISTS webhook_state(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            purchase_seq INTEGER NOT NULL,
            announced_model TEXT);
        CREATE TABLE IF NOT EXISTS webhook_bands(
            customer_id TEXT PRIMARY KEY,
            model_version TEXT NOT NULL,
            band TEXT NOT NULL);
        """;

    public const string ReadState = "SELECT purchase_seq, announced_model FROM webhook_state WHERE id = 1";

    public const string WriteState = """
        INSERT INTO webhook_state(id, purchase_seq, announced_model) VALUES (1, $seq, $model)
        ON CONFLICT(id) DO UPDATE SET purchase_seq = excluded.purchase_seq, announced_model = excluded.announced_model
        """;

    public const string ReadBand = "SELECT band FROM webhook_bands WHERE customer_id = $customer AND model_version = $model";

    public const string WriteBand = """
        INSERT INTO webhook_bands(customer_id, model_version, band) VALUES ($customer, $model, $band)
        ON CONFLICT(customer_id) DO UPDATE SET model_version = excluded.model_version, band = excluded.band
        """;

    public const string Insert = """
        INSERT OR IGNORE INTO webhook_deliveries(delivery_id, endpoint, event_type, payload, next_attempt_ms)
        VALUES ($delivery, $endpoint, $type, $payload, $due)
        """;

    public const string Due = """
        SELECT id, delivery_id, endpoint, event_type, payload, attempts FROM webhook_deliveries
        WHERE delivered_ms IS NULL AND failed = 0 AND next_attempt_ms <= $now ORDER BY next_attempt_ms, id LIMIT $limit
        """;

    public const string Delivered = "UPDATE webhook_deliveries SET delivered_ms = $now, attempts = attempts + 1, last_error = NULL WHERE id = $id";

    public const string Retry = "UPDATE webhook_deliveries SET attempts = attempts + 1, next_attempt_ms = $next, last_error = $error, failed = $failed WHERE id = $id";

    public const string Counts = """
        SELECT COUNT(*) FILTER (WHERE delivered_ms IS NOT NULL), COUNT(*) FILTER (WHERE delivered_ms IS NULL AND failed = 0), COUNT(*) FILTER (WHERE failed = 1)
        FROM webhook_deliveries
        """;
}

namespace Loyalty.ML.Data.Exposures;

/// <summary>
/// The exposure tables, in the event store's database beside (never in) its event tables. A list is unique by
/// (origin, origin_seq), so one read back from the stream or written to it twice is stored once; <c>published</c> is the
/// outbox: 0 while a list this process served has not been written to the shared stream.
/// </summary>
internal static class ExposureSchema
{
    // synchronous=NORMAL on this connection: a served list is a log line, not an acknowledged event, and a power cut
    // may lose the last batch of them; the event tables' own connection keeps FULL for the events.
    public const string Pragmas = "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;";

    public const string Create = """
        CREATE TABLE IF NOT EXISTS exposures(
            seq INTEGER PRIMARY KEY,
            origin INTEGER NOT NULL,
            origin_seq INTEGER NOT NULL,
            customer_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            model_version TEXT NOT NULL,
            items TEXT NOT NULL,
            served_ms INTEGER NOT NULL,
            surface TEXT,
            experiment TEXT,
            published INTEGER NOT NULL,
            UNIQUE(origin, origin_seq));
        CREATE INDEX IF NOT EXISTS exposures_unpublished ON exposures(seq) WHERE published = 0;
        CREATE TABLE IF NOT EXISTS exposure_stream_position(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_id TEXT NOT NULL);
        """;

    public const string Insert = """
        INSERT OR IGNORE INTO exposures(origin, origin_seq, customer_id, kind, model_version, items, served_ms, surface, experiment, published)
        VALUES ($origin, $origin_seq, $customer_id, $kind, $model_version, $items, $served_ms, $surface, $experiment, $published)
        """;

    public const string Columns = "origin, origin_seq, customer_id, kind, model_version, items, served_ms, surface, experiment";

    public const string ByCustomer = $"SELECT {Columns} FROM exposures WHERE served_ms >= $from ORDER BY customer_id, served_ms, origin, origin_seq";

    public const string Unpublished = $"SELECT {Columns} FROM exposures WHERE published = 0 AND seq <= $seq ORDER BY seq LIMIT $limit";

    public const string MarkPublished = """
        UPDATE exposures SET published = 1 WHERE published = 0 AND origin = $origin AND origin_seq BETWEEN $first AND $last
        """;

    public const string LastSeq = "SELECT COALESCE(MAX(seq), 0) FROM exposures";

    public const string Count = "SELECT COUNT(*) FROM exposures";

    public const string PruneOlder = "DELETE FROM exposures WHERE seq IN (SELECT seq FROM exposures WHERE served_ms < $cutoff ORDER BY seq LIMIT $limit)";

    public const string PruneOldest = "DELETE FROM exposures WHERE seq IN (SELECT seq FROM exposures ORDER BY seq LIMIT $limit)";

    public const string HasTable = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'exposures'";

    public const string ReadStreamPosition = "SELECT last_id FROM exposure_stream_position WHERE id = 1";

    public const string WriteStreamPosition = """
        INSERT INTO exposure_stream_position(id, last_id) VALUES (1, $last_id) ON CONFLICT(id) DO UPDATE SET last_id = excluded.last_id
        """;
}

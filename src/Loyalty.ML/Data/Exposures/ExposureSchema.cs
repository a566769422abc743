namespace Loyalty.ML.Data.Exposures;

/// <summary>
/// The exposure tables, in the event store's database beside (never in) its event tables. Rows are only appended (at the
/// end of the table: no secondary index to keep up), <c>local</c> marks the lists this replica served, and the outbox is
/// one position: every local row up to <c>published_seq</c> has been written to the shared stream. A list written to the
/// stream twice (a write that failed after Redis took it) is stored twice with the same (origin, origin_seq), next to
/// each other in the evaluation's order, and counted once there.
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
            local INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS exposure_outbox(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            published_seq INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS exposure_stream_position(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_id TEXT NOT NULL);
        """;

    public const string Insert = """
        INSERT INTO exposures(origin, origin_seq, customer_id, kind, model_version, items, served_ms, surface, experiment, local)
        VALUES ($origin, $origin_seq, $customer_id, $kind, $model_version, $items, $served_ms, $surface, $experiment, $local)
        """;

    public const string Columns = "origin, origin_seq, customer_id, kind, model_version, items, served_ms, surface, experiment";

    public const string ByCustomer = $"SELECT {Columns} FROM exposures WHERE served_ms >= $from ORDER BY customer_id, served_ms, origin, origin_seq";

    public const string LocalAfter = $"SELECT {Columns}, seq FROM exposures WHERE seq > $seq AND local = 1 ORDER BY seq LIMIT $limit";

    public const string ReadPublished = "SELECT published_seq FROM exposure_outbox WHERE id = 1";

    public const string WritePublished = """
        INSERT INTO exposure_outbox(id, published_seq) VALUES (1, $seq) ON CONFLICT(id) DO UPDATE SET published_seq = excluded.published_seq
        """;

    public const string LastSeq = "SELECT COALESCE(MAX(seq), 0) FROM exposures";

    public const string Count = "SELECT COUNT(*) FROM exposures";

    public const string Earliest = "SELECT MIN(served_ms) FROM exposures";

    public const string PruneOlder = "DELETE FROM exposures WHERE seq IN (SELECT seq FROM exposures WHERE served_ms < $cutoff ORDER BY seq LIMIT $limit)";

    public const string PruneOldest = "DELETE FROM exposures WHERE seq IN (SELECT seq FROM exposures ORDER BY seq LIMIT $limit)";

    public const string HasTable = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'exposures'";

    public const string ReadStreamPosition = "SELECT last_id FROM exposure_stream_position WHERE id = 1";

    public const string WriteStreamPosition = """
        INSERT INTO exposure_stream_position(id, last_id) VALUES (1, $last_id) ON CONFLICT(id) DO UPDATE SET last_id = excluded.last_id
        """;
}

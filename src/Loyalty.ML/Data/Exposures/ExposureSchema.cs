namespace Loyalty.ML.Data.Exposures;

/// <summary>
/// The exposure tables, in the event store's database beside (never in) its event tables. Rows are only appended (at the
/// end of the table: no secondary index to keep up), four columns each (what sorting and pruning need, and the rest as
/// <see cref="ExposureText"/>), since a row is written for every page view. <c>local</c> marks the lists this replica
/// served. <c>exposure_origin</c> holds the replica's origin (drawn once, kept across restarts, so its own stream is
/// never read back) with the last list number it stored and the outbox, one position: every local row up to
/// <c>published_seq</c> has been written to the shared stream. <c>exposure_stream_positions</c> says how far each other
/// replica's stream was applied, <c>exposure_stream_sequences</c> the highest list number read from it and
/// <c>exposure_gaps</c> where its numbers skipped (lists trimmed from the stream or lost before this replica read them),
/// with the time of the first list after each gap. A list written to the stream twice (a write that failed after Redis took it) is stored
/// twice, next to itself in the evaluation's order, and counted once there.
/// </summary>
internal static class ExposureSchema
{
    // synchronous=NORMAL on this connection: a served list is a log line, not an acknowledged event, and a power cut
    // may lose the last batch of them; the event tables' own connection keeps FULL for the events.
    public const string Pragmas = "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;";

    public const string Create = """
        CREATE TABLE IF NOT EXISTS exposures(
            seq INTEGER PRIMARY KEY,
            customer_id TEXT NOT NULL,
            served_ms INTEGER NOT NULL,
            local INTEGER NOT NULL,
            list TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS exposure_origin(
            id INTEGER PRIMARY KEY CHECK (id = 1),
            origin INTEGER NOT NULL,
            last_sequence INTEGER NOT NULL,
            published_seq INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS exposure_stream_positions(
            origin INTEGER PRIMARY KEY,
            last_id TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS exposure_stream_sequences(
            origin INTEGER PRIMARY KEY,
            last_sequence INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS exposure_gaps(
            origin INTEGER NOT NULL,
            after_sequence INTEGER NOT NULL,
            missing INTEGER NOT NULL,
            resumed_ms INTEGER NOT NULL);
        """;

    /// <summary>An insert of <paramref name="rows"/> rows with positional parameters: customer, time, local and list of each row in turn.</summary>
    public static string InsertRows(int rows) =>
        "INSERT INTO exposures(customer_id, served_ms, local, list) VALUES " + string.Join(", ", Enumerable.Repeat("(?, ?, ?, ?)", rows));

    // A list stored twice (written to the stream twice) sorts next to itself: same customer, time and text.
    public const string ByCustomer = "SELECT customer_id, served_ms, list FROM exposures WHERE served_ms >= $from ORDER BY customer_id, served_ms, list";

    public const string LocalAfter = "SELECT customer_id, served_ms, list, seq FROM exposures WHERE seq > $seq AND local = 1 ORDER BY seq LIMIT $limit";

    public const string CreateOrigin = "INSERT OR IGNORE INTO exposure_origin(id, origin, last_sequence, published_seq) VALUES (1, $origin, 0, 0)";

    public const string ReadOrigin = "SELECT origin, last_sequence, published_seq FROM exposure_origin WHERE id = 1";

    public const string ReadPublished = "SELECT published_seq FROM exposure_origin WHERE id = 1";

    public const string WriteLastSequence = "UPDATE exposure_origin SET last_sequence = MAX(last_sequence, $sequence) WHERE id = 1";

    public const string WritePublished = "UPDATE exposure_origin SET published_seq = $seq WHERE id = 1";

    public const string LastSeq = "SELECT COALESCE(MAX(seq), 0) FROM exposures";

    public const string Count = "SELECT COUNT(*) FROM exposures";

    public const string Earliest = "SELECT MIN(served_ms) FROM exposures";

    public const string PruneOlder = "DELETE FROM exposures WHERE seq IN (SELECT seq FROM exposures WHERE served_ms < $cutoff ORDER BY seq LIMIT $limit)";

    public const string PruneOldest = "DELETE FROM exposures WHERE seq IN (SELECT seq FROM exposures ORDER BY seq LIMIT $limit)";

    public const string HasTable = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'exposures'";

    public const string ReadStreamPositions = "SELECT origin, last_id FROM exposure_stream_positions";

    public const string WriteStreamPosition = """
        INSERT INTO exposure_stream_positions(origin, last_id) VALUES ($origin, $last_id) ON CONFLICT(origin) DO UPDATE SET last_id = excluded.last_id
        """;

    public const string ReadStreamSequence = "SELECT last_sequence FROM exposure_stream_sequences WHERE origin = $origin";

    public const string HasStreamPosition = "SELECT COUNT(*) FROM exposure_stream_positions WHERE origin = $origin";

    public const string WriteStreamSequence = """
        INSERT INTO exposure_stream_sequences(origin, last_sequence) VALUES ($origin, $sequence)
        ON CONFLICT(origin) DO UPDATE SET last_sequence = MAX(last_sequence, excluded.last_sequence)
        """;

    public const string InsertGap = "INSERT INTO exposure_gaps(origin, after_sequence, missing, resumed_ms) VALUES ($origin, $after, $missing, $resumed_ms)";

    public const string ReadGaps = "SELECT COUNT(*), COALESCE(SUM(missing), 0) FROM exposure_gaps WHERE resumed_ms >= $since";

    public const string PruneGaps = "DELETE FROM exposure_gaps WHERE resumed_ms < $cutoff";

    public const string HasGapTable = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'exposure_gaps'";
}

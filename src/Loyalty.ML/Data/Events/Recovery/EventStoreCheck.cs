using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Data.Events.Recovery;

/// <summary>
/// Checks a store before it is opened for writing: the file is an SQLite database that passes <c>PRAGMA quick_check</c>,
/// its tables have the columns the service writes, its stream position is a stream entry id, and against its high-water
/// mark (<see cref="EventStoreMark"/>) it is the same store and holds every row the mark says it committed. A missing
/// or empty file is a new store unless the mark says it held events. Nothing is written.
/// </summary>
public static partial class EventStoreCheck
{
    private static readonly string[] PurchaseColumns = ["seq", "event_id", "customer_id", "item_id", "quantity", "unit_price", "occurred_at_ms", "day", "order_id", "channel", "store"];
    private static readonly string[] OfferColumns = ["seq", "event_id", "customer_id", "offer_type", "action", "day", "bonus_value", "discount_percent"];

    /// <summary>Checks the store at <paramref name="storePath"/> against the mark at <paramref name="markPath"/>.</summary>
    public static EventStoreReport Run(string storePath, string markPath)
    {
        var problems = new List<string>();
        StoreMark? mark = null;
        try
        {
            mark = EventStoreMark.Read(markPath);
        }
        catch (InvalidDataException exception)
        {
            problems.Add(exception.Message);
        }

        if (!File.Exists(storePath))
        {
            Lost(problems, mark, "the store file does not exist");
            return new EventStoreReport(storePath, problems, null, mark, null, 0, 0);
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = storePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
            connection.Open();
            return Inspect(connection, storePath, mark, problems);
        }
        catch (SqliteException exception)
        {
            problems.Add($"The file is not a readable SQLite database: {exception.Message}");
            return new EventStoreReport(storePath, problems, null, mark, null, 0, 0);
        }
    }

    private static EventStoreReport Inspect(SqliteConnection connection, string storePath, StoreMark? mark, List<string> problems)
    {
        var quick = Column(connection, "PRAGMA quick_check");
        if (quick is not ["ok"])
        {
            problems.Add($"PRAGMA quick_check found damage: {string.Join("; ", quick.Take(5))}");
            return new EventStoreReport(storePath, problems, null, mark, null, 0, 0);
        }

        var tables = Column(connection, "SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet(StringComparer.Ordinal);
        if (!tables.Contains("purchase_events") && !tables.Contains("offer_events"))
        {
            if (tables.Count > 0)
            {
                problems.Add($"The file is not an event store: it holds the tables {string.Join(", ", tables.Order(StringComparer.Ordinal))}.");
            }
            else
            {
                Lost(problems, mark, "the store is empty");
            }

            return new EventStoreReport(storePath, problems, null, mark, null, 0, 0);
        }

        Columns(connection, "purchase_events", PurchaseColumns, tables, problems);
        Columns(connection, "offer_events", OfferColumns, tables, problems);
        if (problems.Count > 0)
        {
            return new EventStoreReport(storePath, problems, null, mark, null, 0, 0);
        }

        var position = tables.Contains("stream_position") ? Column(connection, "SELECT last_id FROM stream_position WHERE id = 1").FirstOrDefault() : null;
        if (position is not null && !StreamId().IsMatch(position))
        {
            problems.Add($"The stream position '{position}' is not a stream entry id (milliseconds-sequence).");
        }

        var storeId = tables.Contains("store_info") ? Column(connection, "SELECT store_id FROM store_info WHERE id = 1").FirstOrDefault() : null;
        var written = new OutboxHorizon(Number(connection, "SELECT COALESCE(MAX(seq), 0) FROM purchase_events"), Number(connection, "SELECT COALESCE(MAX(seq), 0) FROM offer_events"));
        Compare(problems, mark, storeId, written);
        return new EventStoreReport(storePath, problems, storeId is null ? null : new StoreMark(storeId, written), mark, position,
            Number(connection, "SELECT COUNT(*) FROM purchase_events"), Number(connection, "SELECT COUNT(*) FROM offer_events"));
    }

    private static void Compare(List<string> problems, StoreMark? mark, string? storeId, OutboxHorizon held)
    {
        if (mark is null)
        {
            return;
        }

        if (storeId is not null && storeId != mark.StoreId)
        {
            problems.Add($"The file is another event store (id {storeId}) than the one its high-water mark belongs to (id {mark.StoreId}): a copy of another replica's store, or a new file put in its place.");
        }
        else if (held.PurchaseSeq < mark.Written.PurchaseSeq || held.OfferSeq < mark.Written.OfferSeq)
        {
            problems.Add($"The store lacks events it acknowledged: its high-water mark says it committed purchases up to row {mark.Written.PurchaseSeq} and offer events up to row {mark.Written.OfferSeq}, "
                + $"it holds rows up to {held.PurchaseSeq} and {held.OfferSeq}: about {Math.Max(0, mark.Written.PurchaseSeq - held.PurchaseSeq)} purchases and {Math.Max(0, mark.Written.OfferSeq - held.OfferSeq)} offer events are gone "
                + "(a deleted or damaged -wal file, or an older copy of the store).");
        }
    }

    private static void Lost(List<string> problems, StoreMark? mark, string what)
    {
        if (mark is { HeldEvents: true })
        {
            problems.Add($"{char.ToUpperInvariant(what[0])}{what[1..]}, but its high-water mark says it committed purchases up to row {mark.Written.PurchaseSeq} and offer events up to row {mark.Written.OfferSeq} (store id {mark.StoreId}): those events are gone unless restored from a backup.");
        }
    }

    private static void Columns(SqliteConnection connection, string table, string[] required, HashSet<string> tables, List<string> problems)
    {
        if (!tables.Contains(table))
        {
            problems.Add($"The table {table} is missing.");
            return;
        }

        var present = Column(connection, $"SELECT name FROM pragma_table_info('{table}')").ToHashSet(StringComparer.Ordinal);
        var missing = required.Where(column => !present.Contains(column)).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"The table {table} lacks the columns {string.Join(", ", missing)}.");
        }
    }

    private static List<string> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? "" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    private static long Number(SqliteConnection connection, string sql) => Convert.ToInt64(Column(connection, sql)[0], System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d+-\d+$")]
    private static partial Regex StreamId();
}

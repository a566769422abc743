using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Loyalty.ML.Data.Exposures;

/// <summary>
/// Inserts exposure rows on the store's writer connection with two statements prepared once and reused for every batch:
/// one of <see cref="RowsPerStatement"/> rows, for as many whole chunks as a batch holds, and one of a single row for the
/// rest. A row is written for every page view, so values are bound straight from the batch's UTF-8 bytes and numbers
/// (SQLite's own calls, no parameter objects, boxing, strings or copies on the managed heap), inside the caller's transaction.
/// </summary>
internal sealed class ExposureRowWriter : IDisposable
{
    /// <summary>Rows of the multi-row statement.</summary>
    public const int RowsPerStatement = 32;

    private const int ColumnsPerRow = 4;
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _chunk;
    private readonly sqlite3_stmt _single;
    private readonly SqliteCommand _lastRow;
    private readonly ExposureLines _given = new();

    /// <summary>Statements on <paramref name="connection"/>, the store's only writer.</summary>
    public ExposureRowWriter(SqliteConnection connection)
    {
        _database = connection.Handle!;
        _chunk = Prepare(_database, RowsPerStatement);
        _single = Prepare(_database, 1);
        _lastRow = connection.CreateCommand();
        _lastRow.CommandText = "SELECT last_insert_rowid()";
    }

    /// <summary>Inserts the rows in order within <paramref name="transaction"/>; returns the first and last row numbers they got (0, 0 for none).</summary>
    public (long First, long Last) Insert(SqliteTransaction transaction, ExposureLines rows, bool local)
    {
        if (rows.Count == 0)
        {
            return (0, 0);
        }

        var start = 0;
        for (; start + RowsPerStatement <= rows.Count; start += RowsPerStatement)
        {
            Execute(_chunk, rows, start, RowsPerStatement, local);
        }

        for (; start < rows.Count; start++)
        {
            Execute(_single, rows, start, 1, local);
        }

        // Rows get max(seq) + 1 while this transaction holds the write lock: the batch's numbers are consecutive.
        _lastRow.Transaction = transaction;
        var last = (long)_lastRow.ExecuteScalar()!;
        return (last - rows.Count + 1, last);
    }

    /// <summary>Rows given as strings, written as UTF-8 for <see cref="Insert"/> into lines of the writer's own, valid until the next call.</summary>
    public ExposureLines Lines(IReadOnlyList<ExposureRow> rows)
    {
        _given.Clear();
        foreach (var row in rows)
        {
            _given.Add(row);
        }

        return _given;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _chunk.Dispose();
        _single.Dispose();
        _lastRow.Dispose();
    }

    private void Execute(sqlite3_stmt statement, ExposureLines rows, int start, int count, bool local)
    {
        for (var index = 0; index < count; index++)
        {
            var row = start + index;
            var column = index * ColumnsPerRow;
            Check(BindText(statement, column + 1, rows.Customer(row)));
            Check(raw.sqlite3_bind_int64(statement, column + 2, rows.ServedMs(row)));
            Check(raw.sqlite3_bind_int(statement, column + 3, local ? 1 : 0));
            Check(BindText(statement, column + 4, rows.Text(row)));
        }

        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }
    }

    // An empty span has no address, which SQLite would bind as NULL: an empty text is bound as one.
    private static int BindText(sqlite3_stmt statement, int column, ReadOnlySpan<byte> utf8) =>
        utf8.IsEmpty ? raw.sqlite3_bind_text(statement, column, string.Empty) : raw.sqlite3_bind_text(statement, column, utf8);

    private void Check(int result) => SqliteException.ThrowExceptionForRC(result, _database);

    private static sqlite3_stmt Prepare(sqlite3 database, int rows)
    {
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(database, ExposureSchema.InsertRows(rows), out var statement), database);
        return statement;
    }
}

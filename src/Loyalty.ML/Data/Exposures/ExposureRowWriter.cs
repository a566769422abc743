using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Data.Exposures;

/// <summary>
/// Inserts exposure rows on the store's writer connection with two statements prepared once and reused for every batch:
/// one of <see cref="RowsPerStatement"/> rows, for as many whole chunks as a batch holds, and one of a single row for the
/// rest. A row is written for every page view, and one statement run per chunk instead of per row is most of its cost.
/// </summary>
internal sealed class ExposureRowWriter : IDisposable
{
    /// <summary>Rows of the multi-row statement: few enough that binding its parameters by name stays cheap.</summary>
    public const int RowsPerStatement = 32;

    private readonly SqliteCommand _chunk;
    private readonly SqliteCommand _single;
    private readonly SqliteCommand _lastRow;

    /// <summary>Statements on <paramref name="connection"/>, the store's only writer.</summary>
    public ExposureRowWriter(SqliteConnection connection)
    {
        _chunk = Prepare(connection, RowsPerStatement);
        _single = Prepare(connection, 1);
        _lastRow = connection.CreateCommand();
        _lastRow.CommandText = "SELECT last_insert_rowid()";
    }

    /// <summary>Inserts the rows in order; returns the first and last row numbers they got (0, 0 for none).</summary>
    public (long First, long Last) Insert(SqliteTransaction transaction, IReadOnlyList<ExposureRow> rows, bool local)
    {
        if (rows.Count == 0)
        {
            return (0, 0);
        }

        var start = 0;
        for (; start + RowsPerStatement <= rows.Count; start += RowsPerStatement)
        {
            Execute(_chunk, transaction, rows, start, local);
        }

        for (; start < rows.Count; start++)
        {
            Execute(_single, transaction, rows, start, local);
        }

        // Rows get max(seq) + 1 while this transaction holds the write lock: the batch's numbers are consecutive.
        _lastRow.Transaction = transaction;
        var last = (long)_lastRow.ExecuteScalar()!;
        return (last - rows.Count + 1, last);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _chunk.Dispose();
        _single.Dispose();
        _lastRow.Dispose();
    }

    // Parameters: $local, then customer, time and text of each row.
    private static void Execute(SqliteCommand command, SqliteTransaction transaction, IReadOnlyList<ExposureRow> rows, int start, bool local)
    {
        command.Transaction = transaction;
        var values = command.Parameters;
        values[0].Value = local ? 1 : 0;
        for (var row = 0; row * 3 + 1 < values.Count; row++)
        {
            values[row * 3 + 1].Value = rows[start + row].CustomerId;
            values[row * 3 + 2].Value = rows[start + row].ServedMs;
            values[row * 3 + 3].Value = rows[start + row].Text;
        }

        command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, int rows)
    {
        var command = connection.CreateCommand();
        command.CommandText = ExposureSchema.InsertRows(rows);
        command.Parameters.Add(new SqliteParameter("$local", null));
        for (var row = 0; row < rows; row++)
        {
            foreach (var column in (string[])["$customer_id", "$served_ms", "$list"])
            {
                command.Parameters.Add(new SqliteParameter(string.Create(CultureInfo.InvariantCulture, $"{column}{row}"), null));
            }
        }

        return command;
    }
}

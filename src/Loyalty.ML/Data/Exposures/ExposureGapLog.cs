using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Data.Exposures;

/// <summary>
/// Finds and keeps the gaps in another replica's list numbers as its stream is read: a replica numbers the lists it
/// stores 1, 2, 3… and writes them to its stream in that order, so a number past the next one read means the lists
/// between were lost (trimmed from the stream, or gone with Redis). A number already seen is a list written twice.
/// </summary>
internal static class ExposureGapLog
{
    /// <summary>Records the gaps in <paramref name="rows"/> (read in order from <paramref name="origin"/>'s stream) within <paramref name="transaction"/>; returns the lists missing.</summary>
    public static long Track(SqliteTransaction transaction, long origin, IReadOnlyList<ExposureRow> rows)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var connection = transaction.Connection!;
        var last = Scalar(connection, transaction, ExposureSchema.ReadStreamSequence, origin) as long?;

        // A store that read this stream before it kept numbers has no last number: it starts from the first it reads now.
        // A stream never read before starts at 1: the lists before its first entry here were trimmed before this replica came.
        last ??= Convert.ToInt64(Scalar(connection, transaction, ExposureSchema.HasStreamPosition, origin), System.Globalization.CultureInfo.InvariantCulture) > 0
            ? ExposureText.SequenceOf(rows[0].Text) - 1
            : 0;
        var missing = 0L;
        foreach (var row in rows)
        {
            var sequence = ExposureText.SequenceOf(row.Text);
            if (sequence > last + 1)
            {
                Execute(connection, transaction, ExposureSchema.InsertGap, ("$origin", origin), ("$after", last.Value), ("$missing", sequence - last.Value - 1), ("$resumed_ms", row.ServedMs));
                missing += sequence - last.Value - 1;
            }

            last = Math.Max(last.Value, sequence);
        }

        Execute(connection, transaction, ExposureSchema.WriteStreamSequence, ("$origin", origin), ("$sequence", last.Value));
        return missing;
    }

    /// <summary>The gaps whose first list after them was served at or after <paramref name="since"/>, none when there is no store or it has no gap table.</summary>
    public static ExposureGaps Read(string path, DateTimeOffset since)
    {
        if (!File.Exists(path))
        {
            return ExposureGaps.None;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = ExposureSchema.HasGapTable;
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return ExposureGaps.None;
        }

        command.CommandText = ExposureSchema.ReadGaps;
        command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        using var reader = command.ExecuteReader();
        reader.Read();
        return reader.GetInt64(1) == 0 ? ExposureGaps.None : new ExposureGaps(reader.GetInt32(0), reader.GetInt64(1));
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql, long origin)
    {
        using var command = ExposureCommands.Create(connection, transaction, sql, ("$origin", origin));
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = ExposureCommands.Create(connection, transaction, sql, parameters);
        command.ExecuteNonQuery();
    }
}

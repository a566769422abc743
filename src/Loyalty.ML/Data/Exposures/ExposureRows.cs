using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Data.Exposures;

/// <summary>Served lists to and from rows of the exposure table. The items are one text, ids joined by <see cref="Separator"/>.</summary>
internal static class ExposureRows
{
    /// <summary>Joins the item ids of a row: the unit separator, a control character no business id may hold.</summary>
    public const char Separator = '\u001F';

    public static SqliteCommand InsertCommand(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = ExposureSchema.Insert;
        foreach (var name in (string[])["$origin", "$origin_seq", "$customer_id", "$kind", "$model_version", "$items", "$served_ms", "$surface", "$experiment", "$local"])
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }

    public static void Bind(SqliteCommand command, ServedList list, bool local)
    {
        var values = command.Parameters;
        values[0].Value = list.Id.Origin;
        values[1].Value = list.Id.Sequence;
        values[2].Value = list.CustomerId;
        values[3].Value = list.Kind;
        values[4].Value = list.ModelVersion;
        values[5].Value = string.Join(Separator, list.Items);
        values[6].Value = list.ServedAt.ToUnixTimeMilliseconds();
        values[7].Value = (object?)list.Surface ?? DBNull.Value;
        values[8].Value = (object?)list.Experiment ?? DBNull.Value;
        values[9].Value = local ? 1 : 0;
    }

    /// <summary>The row the reader is on, read in <see cref="ExposureSchema.Columns"/> order.</summary>
    public static ServedList Read(SqliteDataReader reader)
    {
        var items = reader.GetString(5);
        return new ServedList(
            new ExposureId(reader.GetInt64(0), reader.GetInt64(1)),
            reader.GetString(2),
            reader.GetString(3),
            reader.GetString(4),
            items.Length == 0 ? [] : items.Split(Separator),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
            reader.IsDBNull(7) ? null : reader.GetString(7),
            reader.IsDBNull(8) ? null : reader.GetString(8));
    }

    /// <summary>True when every id of <paramref name="list"/> can be stored as it is (none holds the separator).</summary>
    public static bool Storable(ServedList list) => !list.Items.Any(item => item.Contains(Separator, StringComparison.Ordinal));
}

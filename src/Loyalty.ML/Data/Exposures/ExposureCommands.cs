using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Data.Exposures;

/// <summary>Commands on the exposure tables: the SQL with its named parameters, inside a transaction when given one.</summary>
internal static class ExposureCommands
{
    public static SqliteCommand Create(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}

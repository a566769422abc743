using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Data.Events;

/// <summary>
/// One table of the store on the writer's connection: its prepared insert, lookup by id and outbox mark, and the
/// sequence number of the last row it committed. An id stored before is a duplicate when the event is the same and a
/// conflict (with the fields that differ) when it is not.
/// </summary>
internal sealed class EventTable<T>(
    SqliteCommand insert, SqliteCommand byId, SqliteCommand markPublished, Action<SqliteCommand, T> bind, Func<SqliteDataReader, T> read, Func<T, T, string?> differ)
    : IDisposable
{
    /// <summary>Sequence number of the last row committed (0 for none).</summary>
    public long LastSeq { get; set; }

    /// <summary>
    /// Inserts <paramref name="events"/> in <paramref name="transaction"/>; returns what became of each and the last
    /// sequence number, to keep once the transaction commits. With <paramref name="markIfStored"/> an id already stored
    /// is marked published (it was seen on the stream).
    /// </summary>
    public (AppendResult Result, long LastSeq) Insert(SqliteTransaction transaction, IReadOnlyList<T> events, bool published, bool markIfStored)
    {
        var isNew = new bool[events.Count];
        var conflicts = new string?[events.Count];
        var lastSeq = LastSeq;
        insert.Transaction = transaction;
        byId.Transaction = transaction;
        markPublished.Transaction = transaction;
        insert.Parameters["$published"].Value = published ? 1 : 0;
        for (var index = 0; index < events.Count; index++)
        {
            bind(insert, events[index]);
            isNew[index] = insert.ExecuteNonQuery() == 1;
            if (isNew[index])
            {
                lastSeq = SQLitePCL.raw.sqlite3_last_insert_rowid(insert.Connection!.Handle);
                continue;
            }

            byId.Parameters[0].Value = insert.Parameters[0].Value;
            using (var stored = byId.ExecuteReader())
            {
                conflicts[index] = stored.Read() ? differ(read(stored), events[index]) : null;
            }

            if (markIfStored)
            {
                markPublished.Parameters[0].Value = insert.Parameters[0].Value;
                markPublished.ExecuteNonQuery();
            }
        }

        return (new AppendResult(isNew, conflicts), lastSeq);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        insert.Dispose();
        byId.Dispose();
        markPublished.Dispose();
    }
}

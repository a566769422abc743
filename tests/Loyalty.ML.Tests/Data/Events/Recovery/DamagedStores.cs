using Loyalty.ML.Data.Events;
using Loyalty.ML.Data.Events.Recovery;

namespace Loyalty.ML.Tests.Data.Events.Recovery;

/// <summary>Stores with events and their high-water marks, damaged the ways a disk, an operator or a crash damages them.</summary>
internal static class DamagedStores
{
    /// <summary>
    /// A store at <paramref name="path"/> holding <paramref name="events"/> purchases and its mark, written as the service
    /// does (mark after each commit). With <paramref name="keepOpen"/> the store stays open, so its last commits are in the
    /// -wal file only (a running service, or one killed before its checkpoint).
    /// </summary>
    public static EventStore? Write(string path, int events, bool keepOpen = false, int batch = 100, int from = 0)
    {
        var store = EventStore.Open(path);
        using (var mark = EventStoreMark.Open(EventStoreMark.DefaultPath(path)))
        {
            for (var first = from; first < from + events; first += batch)
            {
                store.AppendPurchases([.. Enumerable.Range(first, Math.Min(batch, from + events - first)).Select(index => EventStoreTests.Purchase($"e{index}", 2026, 1, 5, $"C{index % 40}"))]);
                mark.Write(new StoreMark(store.StoreId, store.Written));
            }
        }

        if (keepOpen)
        {
            return store;
        }

        store.Dispose();
        return null;
    }

    /// <summary>Copies the store's database file and mark, not its -wal: what is left when the -wal is deleted.</summary>
    public static void CopyWithoutWal(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        using (var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        using (var target = File.Create(to))
        {
            source.CopyTo(target);
        }

        File.Copy(EventStoreMark.DefaultPath(from), EventStoreMark.DefaultPath(to));
    }

    /// <summary>Overwrites <paramref name="length"/> bytes in the middle of the file with noise.</summary>
    public static void Scribble(string path, int length)
    {
        var noise = new byte[length];
        new Random(7).NextBytes(noise);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.Seek(file.Length / 2 / 4096 * 4096, SeekOrigin.Begin);
        file.Write(noise);
    }
}

using Loyalty.ML.Data.Events;
using Loyalty.ML.Data.Events.Recovery;
using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Tests.Data.Events.Recovery;

public sealed class EventStoreRestoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _folder = new();

    private string StorePath => _folder.Combine("events.db");

    private string MarkPath => EventStoreMark.DefaultPath(StorePath);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public void Restore_BackupTakenWhileWriting_BringsItsEventsBackAndKeepsTheDamagedFileAside()
    {
        string backup;
        using (var store = DamagedStores.Write(StorePath, 100, keepOpen: true)!)
        {
            backup = EventStoreBackup.Write(StorePath, _folder.Combine("backups"), Now);
            store.AppendPurchases([EventStoreTests.Purchase("after-backup", 2026, 1, 6)]);
        }

        File.WriteAllText(StorePath, "not a database any more");

        var restored = EventStoreRestore.Restore(backup, StorePath, MarkPath, Now.AddHours(1));

        Assert.Equal(100, restored.Restored.Purchases);
        Assert.Equal("not a database any more", File.ReadAllText(Assert.Single(restored.SetAside, file => file.StartsWith(StorePath + ".before-restore-", StringComparison.Ordinal) && !file.Contains("-wal", StringComparison.Ordinal))));
        var check = EventStoreCheck.Run(StorePath, MarkPath);
        Assert.True(check.IsSound, string.Join(" ", check.Problems));
        using var reopened = EventStore.Open(StorePath);
        Assert.Equal(100, reopened.PurchasesAfter(DateOnly.MinValue).Count());
        Assert.True(reopened.AppendPurchases([EventStoreTests.Purchase("after-restore", 2026, 1, 7)]).IsNew[0]);
    }

    [Fact]
    public void Restore_WhileAServiceHoldsTheStore_IsRefusedAndChangesNothing()
    {
        DamagedStores.Write(StorePath, 10);
        var backup = EventStoreBackup.Write(StorePath, _folder.Combine("backups"), Now);
        var before = File.ReadAllBytes(StorePath);
        using var held = EventStoreLock.Acquire(StorePath);

        var refusal = Assert.Throws<InvalidOperationException>(() => EventStoreRestore.Restore(backup, StorePath, MarkPath, Now));

        Assert.Contains("stop it before restoring", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(StorePath));
    }

    [Fact]
    public void Restore_DamagedBackup_IsRefused()
    {
        DamagedStores.Write(StorePath, 10);
        var backup = _folder.Write("broken.db", "not a backup");

        Assert.Throws<InvalidDataException>(() => EventStoreRestore.Restore(backup, StorePath, MarkPath, Now));
        Assert.True(EventStoreCheck.Run(StorePath, MarkPath).IsSound);
    }

    [Fact]
    public void Prune_MoreThanKept_DeletesTheOldest()
    {
        DamagedStores.Write(StorePath, 10);
        var folder = _folder.Combine("backups");
        var written = Enumerable.Range(0, 4).Select(hour => EventStoreBackup.Write(StorePath, folder, Now.AddHours(hour))).ToList();

        var pruned = EventStoreBackup.Prune(folder, keep: 2);

        Assert.Equal(written.Take(2), pruned.Order(StringComparer.Ordinal));
        Assert.Equal(written.Skip(2).Reverse(), EventStoreBackup.List(folder));
    }
}

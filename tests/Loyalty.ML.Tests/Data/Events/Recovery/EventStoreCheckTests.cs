using Loyalty.ML.Data.Events;
using Loyalty.ML.Data.Events.Recovery;
using Microsoft.Data.Sqlite;

namespace Loyalty.ML.Tests.Data.Events.Recovery;

/// <summary>Each damage the hostile run found, recognised by the check the service runs at start.</summary>
public sealed class EventStoreCheckTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private string StorePath => _folder.Combine("events.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public void Run_NoStoreNoMark_IsSound()
    {
        var report = Check(StorePath);

        Assert.True(report.IsSound);
        Assert.Equal((0, 0), (report.Purchases, report.Offers));
    }

    [Fact]
    public void Run_StoreWithItsMark_IsSoundWithItsCounts()
    {
        DamagedStores.Write(StorePath, 250);

        var report = Check(StorePath);

        Assert.True(report.IsSound, string.Join(" ", report.Problems));
        Assert.Equal(250, report.Purchases);
        Assert.Equal(new OutboxHorizon(250, 0), report.Held!.Written);
    }

    [Fact]
    public void Run_WalDeleted_SaysHowManyAcknowledgedEventsAreGone()
    {
        DamagedStores.Write(StorePath, 100);
        using var open = DamagedStores.Write(StorePath, 300, keepOpen: true, from: 100);
        var copy = _folder.Combine("copy", "events.db");
        DamagedStores.CopyWithoutWal(StorePath, copy);

        var report = Check(copy);

        var problem = Assert.Single(report.Problems);
        Assert.Contains("lacks events it acknowledged", problem, StringComparison.Ordinal);
        Assert.Contains("about 300 purchases and 0 offer events are gone", problem, StringComparison.Ordinal);
        Assert.Equal(100, report.Purchases);
    }

    [Fact]
    public void Run_WalOverwrittenWithNoise_SaysEventsAreGone()
    {
        DamagedStores.Write(StorePath, 100);
        using var open = DamagedStores.Write(StorePath, 300, keepOpen: true, from: 100);
        var copy = _folder.Combine("copy", "events.db");
        DamagedStores.CopyWithoutWal(StorePath, copy);
        var noise = new byte[64 * 1024];
        new Random(3).NextBytes(noise);
        File.WriteAllBytes(copy + "-wal", noise);

        var report = Check(copy);

        Assert.Contains("lacks events it acknowledged", Assert.Single(report.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StoreEmptied_SaysItsEventsAreGone()
    {
        DamagedStores.Write(StorePath, 120);
        File.WriteAllBytes(StorePath, []);

        var report = Check(StorePath);

        Assert.StartsWith("The store is empty, but its high-water mark says it committed purchases up to row 120", Assert.Single(report.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StoreDeleted_SaysItsEventsAreGone()
    {
        DamagedStores.Write(StorePath, 120);
        File.Delete(StorePath);

        var report = Check(StorePath);

        Assert.StartsWith("The store file does not exist, but its high-water mark says it committed purchases up to row 120", Assert.Single(report.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StoreReplacedByText_IsNotADatabase()
    {
        DamagedStores.Write(StorePath, 10);
        File.WriteAllText(StorePath, string.Concat(Enumerable.Repeat("this is not a database\n", 500)));

        var report = Check(StorePath);

        Assert.StartsWith("The file is not a readable SQLite database", Assert.Single(report.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoiseInTheMiddleOfTheFile_FailsQuickCheck()
    {
        DamagedStores.Write(StorePath, 5000, batch: 1000);
        DamagedStores.Scribble(StorePath, 4096);

        var report = Check(StorePath);

        Assert.False(report.IsSound);
        Assert.Matches("quick_check found damage|not a readable SQLite database", Assert.Single(report.Problems));
    }

    [Fact]
    public void Run_AnotherStorePutInItsPlace_SaysSo()
    {
        DamagedStores.Write(StorePath, 10);
        var other = _folder.Combine("other", "events.db");
        DamagedStores.Write(other, 50);
        File.Copy(other, StorePath, overwrite: true);

        var report = Check(StorePath);

        Assert.StartsWith("The file is another event store", Assert.Single(report.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StreamPositionNotAnEntryId_SaysSo()
    {
        using (var store = EventStore.Open(StorePath))
        {
            store.AppendFromStream([EventStoreTests.Purchase("s1", 2026, 1, 5)], [], "not-an-id");
        }

        var report = Check(StorePath);

        Assert.Equal("The stream position 'not-an-id' is not a stream entry id (milliseconds-sequence).", Assert.Single(report.Problems));
    }

    private static EventStoreReport Check(string path) => EventStoreCheck.Run(path, EventStoreMark.DefaultPath(path));
}

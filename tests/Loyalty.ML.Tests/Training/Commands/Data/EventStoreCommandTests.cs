using Loyalty.ML.Tests.Data.Events.Recovery;

namespace Loyalty.ML.Tests.Training.Commands.Data;

/// <summary>The README's restore, as an operator runs it: back up, lose the store, see the check fail, restore, see it pass.</summary>
public sealed class EventStoreCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Restore_AfterTheStoreWasLost_BringsTheBackupBackAndTheCheckPasses()
    {
        DamagedStores.Write(_folder.Combine("models", "events", "events.db"), 42);
        var backup = TrainerProcess.Run(_folder.Path, "event-store", "backup");
        Assert.True(backup.ExitCode == 0, backup.Output);
        var backupPath = backup.Output.Split("backup written: ")[1].Trim();
        File.Delete(_folder.Combine("models", "events", "events.db"));

        var lost = TrainerProcess.Run(_folder.Path, "event-store", "check");
        var restore = TrainerProcess.Run(_folder.Path, "event-store", "restore", "--from", backupPath);
        var after = TrainerProcess.Run(_folder.Path, "event-store", "check");

        Assert.Equal(1, lost.ExitCode);
        Assert.Contains("The store file does not exist, but its high-water mark says it committed purchases up to row 42", lost.Output, StringComparison.Ordinal);
        Assert.True(restore.ExitCode == 0, restore.Output);
        Assert.Contains("restored models/events/events.db: 42 purchases", restore.Output, StringComparison.Ordinal);
        Assert.True(after.ExitCode == 0, after.Output);
        Assert.Contains("42 purchases", after.Output, StringComparison.Ordinal);
    }
}

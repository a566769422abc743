using System.CommandLine;
using Loyalty.ML.Data.Events.Recovery;

namespace Loyalty.ML.Training.Commands.Data;

/// <summary>
/// <c>event-store check | backup | restore</c>: the checks the service runs at start (quick_check, schema, stream
/// position, high-water mark), a consistent copy of a store (also while the service runs), and putting a backup back in
/// a store's place with the service stopped (the files it replaces are renamed aside, never deleted).
/// </summary>
internal static class EventStoreCommand
{
    public static Command Create()
    {
        var command = new Command("event-store", "Check, back up or restore an event store (Events:StorePath).");
        command.Subcommands.Add(Check());
        command.Subcommands.Add(Backup());
        command.Subcommands.Add(Restore());
        return command;
    }

    private static Command Check()
    {
        var (store, mark) = (Store(), Mark());
        var command = new Command("check", "Check a store as the service does at start; exit 1 when it is damaged or lacks events it acknowledged.") { store, mark };
        command.SetAction(result =>
        {
            var path = result.GetRequiredValue(store);
            var report = EventStoreCheck.Run(path, result.GetValue(mark) ?? EventStoreMark.DefaultPath(path));
            Console.WriteLine($"{path}: {report.Purchases:N0} purchases, {report.Offers:N0} offer events, stream position {report.StreamPosition ?? "none"}, "
                + (report.Mark is { } known ? $"high-water mark rows {known.Written.PurchaseSeq}/{known.Written.OfferSeq}" : "no high-water mark"));
            report.Problems.ToList().ForEach(problem => Console.WriteLine($"  problem: {problem}"));
            Console.WriteLine(report.IsSound ? "sound" : "DAMAGED");
            return report.IsSound ? 0 : 1;
        });
        return command;
    }

    private static Command Backup()
    {
        var store = Store();
        var folder = new Option<string>("--to") { Description = "Folder for the backup (default: backups/ beside the store).", };
        var command = new Command("backup", "Copy a store consistently (VACUUM INTO), also while the service writes to it.") { store, folder };
        command.SetAction(result =>
        {
            var path = result.GetRequiredValue(store);
            var into = result.GetValue(folder) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "backups");
            Console.WriteLine($"backup written: {EventStoreBackup.Write(path, into, TimeProvider.System.GetUtcNow())}");
            return 0;
        });
        return command;
    }

    private static Command Restore()
    {
        var (store, mark) = (Store(), Mark());
        var backup = new Option<string>("--from") { Description = "The backup to restore.", Required = true };
        var command = new Command("restore", "Put a backup in a store's place (stop the service first); the files replaced are kept beside it.") { backup, store, mark };
        command.SetAction(result =>
        {
            var path = result.GetRequiredValue(store);
            var restored = EventStoreRestore.Restore(result.GetRequiredValue(backup), path, result.GetValue(mark) ?? EventStoreMark.DefaultPath(path), TimeProvider.System.GetUtcNow());
            Console.WriteLine($"restored {path}: {restored.Restored.Purchases:N0} purchases, {restored.Restored.Offers:N0} offer events, stream position {restored.Restored.StreamPosition ?? "none"}");
            restored.SetAside.ToList().ForEach(file => Console.WriteLine($"  kept aside: {file}"));
            Console.WriteLine("Events acknowledged after the backup are not in it; with Redis the service reads the stream again from the backup's position when it starts.");
            return 0;
        });
        return command;
    }

    private static Option<string> Store() => new("--store")
    {
        Description = $"The event store (the service's Events:StorePath; default {CommonOptions.DefaultRegistry}/{Pipeline.Bundles.ModelRegistry.EventStoreFile}).",
        DefaultValueFactory = _ => Path.Combine(CommonOptions.DefaultRegistry, Pipeline.Bundles.ModelRegistry.EventStoreFile),
    };

    private static Option<string?> Mark() => new("--mark") { Description = "Its high-water mark (Events:MarkPath; default: beside the store)." };
}

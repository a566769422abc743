using System.CommandLine;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Training.Commands.Data;

/// <summary>
/// <c>--events</c>: the API's event store a command reads. By default the store of the registry given by <c>--models</c>
/// (<see cref="ModelRegistry.EventStorePath"/>), where the API serving that registry keeps what it was sent, so events
/// reported to one registry's API never reach another registry's run.
/// </summary>
internal static class EventStoreOption
{
    public static Option<string?> Create(string use) => new("--events")
    {
        Description = $"Event store of the API (SQLite; default: {ModelRegistry.EventStoreFile} inside --models, the store of the API serving that registry): {use}.",
        HelpName = "DB",
    };

    /// <summary>The store to read; says on stderr when a store of an earlier release (<c>data/events/events.db</c> beside the registry) is left unread.</summary>
    public static string PathOf(ParseResult result, Option<string?> events, string registry)
    {
        if (result.GetValue(events) is { } given)
        {
            return given;
        }

        var root = Path.GetFullPath(registry);
        var store = Path.Combine(root, ModelRegistry.EventStoreFile);
        var former = Path.Combine(Path.GetDirectoryName(root)!, "data", "events", "events.db");
        if (File.Exists(former))
        {
            Console.Error.WriteLine($"note: the event store {former} (where an earlier release kept events) is not read: events now belong to the registry they were served from, {store}. Pass --events {former} to train on it.");
        }

        return store;
    }
}

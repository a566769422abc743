using System.CommandLine;
using Loyalty.ML.Core;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Data.Exposures;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Experiments;
using Loyalty.ML.Recommendations.Online;
using Loyalty.ML.Training.Commands.Data;

namespace Loyalty.ML.Training.Commands.Models;

/// <summary><c>models challenge|experiment|promote|stop</c>: champion/challenger experiments on the registry.</summary>
internal static class ModelsExperimentCommands
{
    /// <summary>The four commands; <paramref name="clock"/> dates starts, stops, promotions and evaluations.</summary>
    public static IEnumerable<Command> Create(TimeProvider clock)
    {
        yield return Challenge(clock);
        yield return Experiment(clock);
        yield return Promote(clock);
        yield return Stop(clock);
    }

    private static Command Challenge(TimeProvider clock)
    {
        var registry = CommonOptions.Registry();
        var version = new Argument<string>("version") { Description = "A published version to serve to a share of customers." };
        var share = new Option<double>("--share") { Description = "Share of customers it serves (above 0, below 1).", DefaultValueFactory = _ => 0.2 };
        var name = new Option<string?>("--name") { Description = "The experiment's name, which salts its assignment (default: challenge-VERSION)." };
        var autoPromote = new Option<bool>("--auto-promote") { Description = "Let the API promote the challenger once it is better by the always-valid interval, with --min-customers per arm." };
        var minCustomers = new Option<int>("--min-customers") { Description = "Customers each arm needs before automatic promotion.", DefaultValueFactory = _ => Pipeline.Experiments.Experiment.DefaultMinCustomers };
        var command = new Command("challenge", "Serve a published version to a share of customers as a challenger to the current one (every API replica reading the registry follows within its poll interval).")
        {
            registry, version, share, name, autoPromote, minCustomers,
        };
        command.SetAction(result =>
        {
            var started = ExperimentRegistry.Start(
                new ModelRegistry(result.GetRequiredValue(registry)), result.GetRequiredValue(version), result.GetValue(share), clock.GetUtcNow(),
                result.GetValue(name), result.GetValue(autoPromote), result.GetValue(minCustomers));
            Console.WriteLine($"experiment {started.Name}: {started.Challenger} serves {started.Share:P0} of customers against {started.ChampionAtStart}"
                + (started.AutoPromote ? $"; promoted automatically once better with {started.MinCustomers:N0} customers per arm" : ""));
            Console.WriteLine($"follow it with: ./train.sh models experiment {started.Name}");
            return 0;
        });
        return command;
    }

    private static Command Experiment(TimeProvider clock)
    {
        var registry = CommonOptions.Registry();
        var name = new Argument<string?>("name") { Description = "The experiment (default: all with lists counted).", Arity = ArgumentArity.ZeroOrOne };
        var events = EventStoreOption.Create("its exposure log and the purchases reported to it");
        var window = new Option<double>("--window-days") { Description = "A purchase counts for a list served at most this many days before it.", DefaultValueFactory = _ => OnlineSettings.DefaultWindow.TotalDays };
        var k = new Option<int>("--k") { Description = "Only a list's first K items count.", DefaultValueFactory = _ => OnlineSettings.DefaultK };
        var json = new Option<string?>("--json") { Description = "Also write the whole online report as JSON to this file." };
        var command = new Command("experiment", "Compare each experiment's challenger with the champion on the lists served and the purchases after them: hit rate, precision, revenue, the difference with its 95% interval and a verdict.")
        {
            registry, name, events, window, k, json,
        };
        command.SetAction(result =>
        {
            var models = new ModelRegistry(result.GetRequiredValue(registry));
            var store = EventStoreOption.PathOf(result, events, result.GetRequiredValue(registry));
            var settings = new OnlineSettings { Window = TimeSpan.FromDays(result.GetValue(window)), K = result.GetValue(k) };
            var report = Evaluate(models, store, settings, clock.GetUtcNow());
            ExperimentText.Print(Console.Out, report, result.GetValue(name));
            if (result.GetValue(json) is { } target)
            {
                BundleJson.Write(target, report);
            }

            return 0;
        });
        return command;
    }

    private static Command Promote(TimeProvider clock)
    {
        var registry = CommonOptions.Registry();
        var name = new Argument<string?>("name") { Description = "The experiment (default: the only one running).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("promote", "Make an experiment's challenger the current version and end the experiment.") { registry, name };
        command.SetAction(result =>
        {
            var promoted = ExperimentRegistry.Promote(new ModelRegistry(result.GetRequiredValue(registry)), result.GetValue(name), clock.GetUtcNow());
            Console.WriteLine($"current -> {promoted.Challenger} (experiment {promoted.Name} ended: promoted)");
            return 0;
        });
        return command;
    }

    private static Command Stop(TimeProvider clock)
    {
        var registry = CommonOptions.Registry();
        var name = new Argument<string?>("name") { Description = "The experiment (default: the only one running).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("stop", "End an experiment without promoting: every customer gets the current version again.") { registry, name };
        command.SetAction(result =>
        {
            var stopped = ExperimentRegistry.Stop(new ModelRegistry(result.GetRequiredValue(registry)), result.GetValue(name), clock.GetUtcNow());
            Console.WriteLine($"experiment {stopped.Name} ended: {stopped.Outcome}; {stopped.Challenger} serves nobody now");
            return 0;
        });
        return command;
    }

    /// <summary>The online report of the lists and purchases in the event store at <paramref name="store"/>, with the registry's experiments.</summary>
    internal static OnlineReport Evaluate(ModelRegistry registry, string store, OnlineSettings settings, DateTimeOffset asOf)
    {
        if (!File.Exists(store))
        {
            throw new InvalidDataException($"{store}: no event store (pass the API's Events:StorePath with --events).");
        }

        var purchases = CustomerPurchases.FromEvents(EventStore.ReadPurchasesAfter(store, DateOnly.MinValue), DateTimeOffset.MinValue);
        return OnlineReports.Build(ExposureStore.ReadByCustomer(store, DateTimeOffset.MinValue), purchases, settings, asOf, ExperimentsFile.Read(registry), registry);
    }
}

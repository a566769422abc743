using System.CommandLine;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Core;

namespace Loyalty.ML.Training.Commands.Models;

/// <summary><c>models list|show|rollback|compare</c>: the model registry from the command line.</summary>
internal static class ModelsCommand
{
    public static Command Create()
    {
        var registryOption = CommonOptions.Registry();
        var listJson = JsonOption();
        var list = new Command("list", "List published model versions with their source and headline metrics; * marks the current one.") { registryOption, listJson };
        list.SetAction(result => ModelsList.Run(new ModelRegistry(result.GetRequiredValue(registryOption)), result.GetValue(listJson)));

        var versionArgument = new Argument<string?>("version") { Description = "Version to show (default: current).", Arity = ArgumentArity.ZeroOrOne };
        var show = new Command("show", "Show a version's manifest and verify its checksums.") { registryOption, versionArgument };
        show.SetAction(result => Show(new ModelRegistry(result.GetRequiredValue(registryOption)), result.GetValue(versionArgument)));

        var rollbackTarget = new Argument<string?>("version") { Description = "Version to make current (default: the one before current).", Arity = ArgumentArity.ZeroOrOne };
        var rollback = new Command("rollback", "Make an earlier version current again.") { registryOption, rollbackTarget };
        rollback.SetAction(result => RollBack(new ModelRegistry(result.GetRequiredValue(registryOption)), result.GetValue(rollbackTarget)));

        var older = new Argument<string?>("older") { Description = "Older version (default: the one before current).", Arity = ArgumentArity.ZeroOrOne };
        var newer = new Argument<string?>("newer") { Description = "Newer version (default: current).", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Every number in metrics.json, not only the headline metrics." };
        var compareJson = JsonOption();
        var compare = new Command("compare", "Compare two versions' metrics side by side, with the change and whether it is within the newer run's 95% interval; versions trained on different data are listed, not compared.")
        {
            registryOption, older, newer, all, compareJson,
        };
        compare.SetAction(result => ModelsCompare.Run(new ModelRegistry(result.GetRequiredValue(registryOption)), result.GetValue(older), result.GetValue(newer), result.GetValue(all), result.GetValue(compareJson)));

        var models = new Command("models", "Manage the model registry.") { list, show, rollback, compare };
        foreach (var experiment in ModelsExperimentCommands.Create(TimeProvider.System))
        {
            models.Subcommands.Add(experiment);
        }

        return models;
    }

    private static Option<bool> JsonOption() => new("--json") { Description = "Print the answer as JSON on stdout." };

    private static int Show(ModelRegistry registry, string? version)
    {
        version ??= registry.RequireCurrentVersion();
        var manifest = BundleVerifier.Verify(registry.PathOf(version));
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(manifest, BundleJson.Options));
        Console.WriteLine($"checksums: {manifest.Files.Count} files verified");
        return 0;
    }

    private static int RollBack(ModelRegistry registry, string? version)
    {
        if (version is null)
        {
            version = registry.RollBack();
        }
        else
        {
            registry.SwitchCurrent(version);
        }

        Console.WriteLine($"current -> {version}");
        return 0;
    }
}

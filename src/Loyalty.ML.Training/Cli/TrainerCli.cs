using System.CommandLine;
using Loyalty.ML.Training.Commands;

namespace Loyalty.ML.Training.Cli;

/// <summary>Runs the trainer's command line: help in the voice of <c>./train.sh</c>, parse errors and user errors as one readable line each, exit code 2.</summary>
internal static class TrainerCli
{
    public static int Run(RootCommand root, string[] args)
    {
        // Cultures are loaded for the report's display culture only: every other number and date is written the same on every machine.
        System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        System.Globalization.CultureInfo.DefaultThreadCurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;

        // Piped or logged output keeps each line whole (Spectre would wrap at 80 columns), so paths and ids can be copied and grepped.
        if (Console.IsOutputRedirected)
        {
            Spectre.Console.AnsiConsole.Profile.Width = 1000;
        }

        TrainerHelp.Install(root);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not TrainerHelp)
        {
            foreach (var line in ParseErrors.Describe(parsed))
            {
                Console.Error.WriteLine($"error: {line}");
            }

            var command = parsed.CommandResult.Command;
            Console.Error.WriteLine(command is RootCommand ? "Run ./train.sh --help for the commands." : $"Run ./train.sh {HelpWriter.PathOf(command)} --help for its options.");
            return CommandErrors.ExitCode;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception error) when (CommandErrors.IsUserError(error))
        {
            return CommandErrors.Report(error);
        }
    }
}

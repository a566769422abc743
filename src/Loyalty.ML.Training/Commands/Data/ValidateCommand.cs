using System.CommandLine;
using Loyalty.ML.Core;
using Loyalty.ML.Data;
using Loyalty.ML.Training.Cli;

namespace Loyalty.ML.Training.Commands.Data;

/// <summary>
/// <c>validate</c>: reads the history as <c>train</c> would (files, mapping, event store), accounts for every row, runs
/// the data sanity gates and writes the validation report; trains and publishes nothing. Exit 0 when the data would
/// train, 2 when a file, the mapping, the malformed-row limit or a gate stops it.
/// </summary>
internal static class ValidateCommand
{
    public const string DefaultOut = "data_report.json";

    public static Command Create()
    {
        var input = new DataInputOptions();
        var registry = CommonOptions.Registry();
        var output = new Option<string>("--out") { Description = "Where to write the validation report (data_report.json, as a bundle holds it).", DefaultValueFactory = _ => DefaultOut, HelpName = "FILE" };
        var json = new Option<bool>("--json") { Description = "Print the validation report as JSON on stdout instead of the summary." };
        var command = new Command("validate", "Check a history and its mapping without training: read every row as train would, run the data sanity gates and write the validation report. Trains and publishes nothing.");
        input.AddTo(command);
        foreach (var option in HelpGroups.Add("Output", registry, output, json))
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            var (sources, options) = input.Read(result, result.GetRequiredValue(registry));
            return Run(sources, options, result.GetRequiredValue(output), result.GetValue(json));
        });
        return command;
    }

    private static int Run(DataSources sources, LoadOptions options, string output, bool json)
    {
        DataReport? report;
        Exception? failure = null;
        try
        {
            report = PurchaseHistoryLoader.Load(sources, options, json ? null : new ConsoleProgress(Console.Out)).Report;
        }
        catch (DataLoadException error)
        {
            (report, failure) = (error.Report, error);
        }
        catch (SanityGateException error)
        {
            (report, failure) = (error.Report, error);
        }

        if (report is not null)
        {
            BundleJson.Write(output, report);
        }

        if (json && report is not null)
        {
            Console.Out.WriteLine(File.ReadAllText(output));
        }
        else if (report is not null)
        {
            ValidationSummary.Print(sources, report, Path.GetFullPath(output));
        }

        if (failure is not null)
        {
            CommandErrors.Report(failure);
            Console.Error.WriteLine(report is null ? "No validation report was written: the load stopped before any row was counted." : $"The validation report says what was read: {Path.GetFullPath(output)}");
            return CommandErrors.ExitCode;
        }

        return 0;
    }
}

using System.CommandLine;
using System.Diagnostics;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Reporting;
using Loyalty.ML.Reports;

namespace Loyalty.ML.Training.Commands.Models;

/// <summary>
/// <c>report [version]</c>: the HTML report of a stored version. A bundle written with its report keeps it (checksummed
/// in the manifest); for an older one, or with <c>--rewrite</c>, the report is drawn from the bundle's files into
/// <c>&lt;models&gt;/.reports/</c>, so a published bundle is never changed.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var version = new Argument<string?>("version") { Description = "The version (default: current).", Arity = ArgumentArity.ZeroOrOne };
        var open = new Option<bool>("--open") { Description = "Open the report in the default browser (xdg-open)." };
        var rewrite = new Option<bool>("--rewrite") { Description = "Draw the report again from the bundle's files, even when the bundle has one." };
        var output = new Option<string?>("--out") { Description = "Where to write a drawn report (default: <models>/.reports/<version>.html)." };
        var registry = CommonOptions.Registry();
        var command = new Command("report", "Write or open the HTML report of a stored version.") { version, open, rewrite, output, registry };
        command.SetAction(result =>
        {
            var models = new ModelRegistry(result.GetRequiredValue(registry));
            var name = result.GetValue(version) ?? models.RequireCurrentVersion();
            if (!models.Exists(name))
            {
                Console.Error.WriteLine($"No version {name} in {models.Root}.");
                return CommandErrors.ExitCode;
            }

            var path = Path.Combine(models.PathOf(name), ReportWriter.FileName);
            if (result.GetValue(rewrite) || !File.Exists(path))
            {
                path = result.GetValue(output) ?? Path.Combine(models.Root, ".reports", name + ".html");
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                ReportWriter.Write(StoredRun.Read(models, name), path);
                Console.WriteLine($"report of {name} written: {Path.GetFullPath(path)}");
            }
            else
            {
                Console.WriteLine($"report of {name}: {Path.GetFullPath(path)}");
            }

            if (result.GetValue(open))
            {
                Open(path);
            }

            return 0;
        });
        return command;
    }

    private static void Open(string path)
    {
        try
        {
            using var browser = Process.Start(new ProcessStartInfo("xdg-open", Path.GetFullPath(path)) { UseShellExecute = false });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine("No xdg-open here: open the file above in a browser.");
        }
    }
}

using System.Diagnostics;

namespace Loyalty.ML.Tests.Training.Commands;

/// <summary>Runs the built trainer (<c>loyalty-train.dll</c>) as a real process, as train.sh does, and returns its exit code and output.</summary>
internal static class TrainerProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments)
    {
        var (exitCode, output, error) = RunSplit(workingDirectory, arguments);
        return (exitCode, output + error);
    }

    /// <summary>Runs the trainer and returns stdout and stderr apart (a JSON answer is stdout alone).</summary>
    public static (int ExitCode, string Output, string Error) RunSplit(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "loyalty-train.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"loyalty-train {string.Join(' ', arguments)} ran longer than {Timeout}.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}

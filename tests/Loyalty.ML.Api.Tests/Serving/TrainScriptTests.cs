using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Api.Tests.Serving;

/// <summary><c>./train.sh --serve</c> run for real on a small generated history: it serves what it trained.</summary>
public sealed class TrainScriptTests
{
    [Fact]
    public async Task Serve_WithModels_ServesTheRegistryItTrainedInto()
    {
        var root = Path.Combine(Path.GetTempPath(), $"loyalty-train-serve-{Guid.NewGuid():N}");
        var address = ApiProcess.Address(ApiProcess.FreePort());
        var output = new StringBuilder();
        Process? script = null;
        try
        {
            await Run(Start("dotnet", Path.Combine(AppContext.BaseDirectory, "loyalty-train.dll"), "generate", "--out", Path.Combine(root, "data"), "--customers", "300", "--items", "80", "--lines", "5000"));
            var start = Start("bash", Path.Combine(Repository.Root(), "train.sh"), "--serve", "--models", Path.Combine(root, "models"), "--data", Path.Combine(root, "data", "transactions.csv"));
            start.Environment["ASPNETCORE_URLS"] = address;
            start.Environment["ApiKeys__Keys__admin__Key"] = TestKeys.Admin;
            start.Environment["ApiKeys__Keys__admin__Scopes__0"] = "admin";
            script = Process.Start(start)!;
            script.OutputDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
            script.ErrorDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
            script.BeginOutputReadLine();
            script.BeginErrorReadLine();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromMinutes(5) && !script.HasExited && !Text(output).Contains("Application started", StringComparison.Ordinal))
            {
                await Task.Delay(200);
            }

            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) };
            client.DefaultRequestHeaders.Add("X-Api-Key", TestKeys.Admin);
            var response = await client.GetAsync("/v1/models/current");
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {body}\n{Text(output)}");
            Assert.Equal(new ModelRegistry(Path.Combine(root, "models")).CurrentVersion, JsonDocument.Parse(body).RootElement.GetProperty("version").GetString());
        }
        finally
        {
            if (script is { HasExited: false })
            {
                script.Kill(entireProcessTree: true);
                await script.WaitForExitAsync();
            }

            script?.Dispose();
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static ProcessStartInfo Start(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root() };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static async Task Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, await output + await error);
    }
}

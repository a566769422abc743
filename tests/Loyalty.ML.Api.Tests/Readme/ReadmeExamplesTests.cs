using System.Diagnostics;
using System.Text.RegularExpressions;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Readme;

/// <summary>Every curl example of the README, run as written by bash and curl against the service started as a process with the README's keys.</summary>
public sealed partial class ReadmeExamplesTests : IDisposable
{
    private const string DevKey = "readme-dev-key-0123456789abcdef";
    private readonly string _folder = Directory.CreateTempSubdirectory("loyalty-readme-").FullName;

    [Fact]
    public async Task CurlExamples_AgainstTheStartedService_EveryOneAnswers2xx()
    {
        var examples = ReadmeExamples.Read(await File.ReadAllTextAsync(Path.Combine(Repository.Root(), "README.md")));
        var address = ApiProcess.Address(ApiProcess.FreePort());
        var environment = examples.Keys.ToDictionary(pair => pair.Key, pair => pair.Value);
        environment["ASPNETCORE_URLS"] = address;
        environment["ApiKeys__Keys__dev__Key"] = DevKey;
        string[] scopes = ["recommendations:read", "churn:read", "offers:read", "admin", "events:write", "reports:read"];
        for (var index = 0; index < scopes.Length; index++)
        {
            environment[$"ApiKeys__Keys__dev__Scopes__{index}"] = scopes[index];
        }

        // What ./train.sh --serve leaves for the quick start's `source data/local/api-keys.env`.
        Directory.CreateDirectory(Path.Combine(_folder, "data", "local"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "data", "local", "api-keys.env"), $"export LOYALTY_DEV_KEY={DevKey}\n");
        await using var api = await ApiProcess.StartAsync(environment);

        var output = await RunAsync(Script(examples, address));

        var statuses = Status().Matches(output).Select(match => (Code: match.Groups[1].Value, Command: match.Groups[2].Value)).ToList();
        Assert.True(examples.CurlCount >= 20, $"{examples.CurlCount} curl examples found");
        Assert.True(examples.Keys.Count >= 10, string.Join(", ", examples.Keys.Keys));
        Assert.True(statuses.Count == examples.CurlCount, output);
        Assert.True(statuses.All(status => status.Code.StartsWith('2')), output + "\n--- service ---\n" + api.Output);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // curl is wrapped to print each call's status (and the body of a failure), then the README's lines run as they are.
    private string Script(ReadmeExamples examples, string address) => string.Join('\n', [
        "set -u",
        $"cd '{_folder}'",
        "body=$(mktemp)",
        "curl() { local code; code=$(command curl -o \"$body\" -w '%{http_code}' \"$@\") || code=\"failed-$?\"; printf 'STATUS %s %s\\n' \"$code\" \"$*\"; [[ $code == 2* ]] || { head -c 600 \"$body\"; echo; }; }",
        .. examples.Commands.Select(command => command.Replace("http://127.0.0.1:5080", address, StringComparison.Ordinal)),
        string.Empty,
    ]);

    private static async Task<string> RunAsync(string script)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return await output + await error;
    }

    [GeneratedRegex(@"STATUS (\S+) (.*)")]
    private static partial Regex Status();
}

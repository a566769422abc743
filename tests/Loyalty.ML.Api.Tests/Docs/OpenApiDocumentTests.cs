using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Docs;

/// <summary>
/// The OpenAPI document a client generator reads: complete (every status, camelCase parameters, numbers as numbers, the
/// server asked from), and identical to the checked-in copy the typed client is generated from, whose generated code
/// must be what Kiota makes of it. <c>scripts/generate-client.sh</c> brings both up to date.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiDocumentTests(LoyaltyApiFixture fixture)
{
    private static readonly string ClientFolder = Path.Combine(Repository.Root(), "src", "Loyalty.ML.Client");

    [Fact]
    public async Task Document_IsTheCheckedInCopyTheClientIsGeneratedFrom()
    {
        var served = JsonNode.Parse(await fixture.Host.Client().GetStringAsync("/openapi/v1.json"))!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        var copy = Path.Combine(ClientFolder, "openapi.json");
        if (Environment.GetEnvironmentVariable("LOYALTY_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(copy, served);
        }

        Assert.True(
            File.Exists(copy) && served == await File.ReadAllTextAsync(copy),
            "The service's OpenAPI document differs from src/Loyalty.ML.Client/openapi.json: run scripts/generate-client.sh and commit the result.");
    }

    [Fact]
    public async Task GeneratedClient_IsWhatKiotaMakesOfTheCheckedInDocument()
    {
        var output = Directory.CreateTempSubdirectory("loyalty-kiota-").FullName;
        try
        {
            await RunAsync("dotnet", "tool", "restore");
            await RunAsync("dotnet", "tool", "run", "kiota", "generate", "--language", "CSharp", "--openapi", Path.Combine(ClientFolder, "openapi.json"),
                "--output", output, "--class-name", "LoyaltyApiClient", "--namespace-name", "Loyalty.ML.Client.Generated",
                "--exclude-backward-compatible", "--clean-output", "--log-level", "Warning");

            var generated = Sources(output);
            var checkedIn = Sources(Path.Combine(ClientFolder, "Generated"));
            Assert.True(
                generated.Count > 0 && generated.Keys.Order().SequenceEqual(checkedIn.Keys.Order()) && generated.All(pair => checkedIn[pair.Key] == pair.Value),
                "src/Loyalty.ML.Client/Generated is not what Kiota makes of openapi.json: run scripts/generate-client.sh and commit the result.");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task Document_DeclaresEveryStatusCamelCaseParametersAndNumbersAsNumbers()
    {
        var text = await fixture.Host.Client().GetStringAsync("/openapi/v1.json");
        var document = JsonNode.Parse(text)!;

        Assert.Equal("http://localhost", (string)document["servers"]![0]!["url"]!);
        Assert.Contains("X-Api-Key", (string)document["info"]!["description"]!, StringComparison.Ordinal);
        foreach (var (path, item) in document["paths"]!.AsObject().Where(pair => pair.Key.StartsWith("/v1/", StringComparison.Ordinal)))
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var responses = operation!["responses"]!.AsObject();
                Assert.All(new[] { "401", "403", "429" }, status => Assert.True(responses.ContainsKey(status), $"{method} {path} lacks {status}"));
                Assert.All(operation["parameters"]?.AsArray() ?? [], parameter => Assert.Matches("^[a-z][A-Za-z]*$", (string)parameter!["name"]!));
                if (operation["requestBody"] is not null)
                {
                    Assert.True(responses.ContainsKey("413"), $"{method} {path} lacks 413");
                }
            }
        }

        Assert.True(document["paths"]!["/v1/customers/{customerId}/churn"]!["get"]!["responses"]!.AsObject().ContainsKey("404"));
        Assert.True(document["paths"]!["/v1/customers/{customerId}/recommendations"]!["get"]!["responses"]!.AsObject().ContainsKey("503"));
        Assert.All(Types(document), types => Assert.False(types.Contains("string") && (types.Contains("number") || types.Contains("integer")), string.Join(",", types)));
    }

    private static IEnumerable<List<string>> Types(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonArray array)
                {
                    yield return [.. array.Select(type => (string)type!)];
                }

                foreach (var child in obj.SelectMany(pair => Types(pair.Value)))
                {
                    yield return child;
                }

                break;
            case JsonArray items:
                foreach (var child in items.SelectMany(Types))
                {
                    yield return child;
                }

                break;
        }
    }

    private static Dictionary<string, string> Sources(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = Repository.Root(), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)} failed: {await output}{await errors}");
    }
}

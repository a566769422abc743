using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Loyalty.ML.Reports.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol on its own WebSocket: enough to open a page,
/// collect console errors, evaluate script and take a screenshot, with no browser download and no driver package.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly List<string> _errors = [];
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Console errors and uncaught exceptions seen so far.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>The Chromium on PATH, or null (./test.sh installs it; a bare <c>dotnet test</c> may not have it).</summary>
    public static string? Executable() =>
        new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);

    public static async Task<HeadlessChromium> StartAsync(string executable)
    {
        var profile = Directory.CreateTempSubdirectory("loyalty-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList = { "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-port=0", $"--user-data-dir={profile}", "--window-size=1280,900", "about:blank" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        var browser = new HeadlessChromium(process, profile);
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow + Timeout;
        while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 1)
        {
            if (DateTime.UtcNow > deadline || process.HasExited)
            {
                throw new InvalidOperationException("Chromium did not open its DevTools port.");
            }

            await Task.Delay(100);
        }

        var port = File.ReadAllLines(portFile)[0].Trim();
        using var http = new HttpClient();
        var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"))!.AsArray();
        var page = targets.First(target => (string?)target!["type"] == "page")!;
        await browser._socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), CancellationToken.None);
        await browser.SendAsync("Runtime.enable");
        await browser.SendAsync("Log.enable");
        await browser.SendAsync("Page.enable");
        return browser;
    }

    /// <summary>Opens <paramref name="url"/> and waits for its load event.</summary>
    public async Task NavigateAsync(string url)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        await WaitForEventAsync("Page.loadEventFired");
    }

    /// <summary>Evaluates <paramref name="expression"/> (awaiting a promise) and returns its JSON value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true });
        return result["exceptionDetails"] is { } error ? throw new InvalidOperationException(error.ToJsonString()) : result["result"]?["value"];
    }

    /// <summary>A full-page PNG screenshot into <paramref name="path"/>.</summary>
    public async Task ScreenshotAsync(string path)
    {
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        await File.WriteAllBytesAsync(path, Convert.FromBase64String((string)shot["data"]!));
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_profile, recursive: true);
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        while (true)
        {
            var reply = await ReceiveAsync();
            if ((int?)reply["id"] == id)
            {
                return reply["error"] is { } error ? throw new InvalidOperationException($"{method}: {error.ToJsonString()}") : reply["result"]!;
            }
        }
    }

    private async Task WaitForEventAsync(string name)
    {
        while ((string?)(await ReceiveAsync())["method"] != name)
        {
        }
    }

    private async Task<JsonNode> ReceiveAsync()
    {
        using var cancel = new CancellationTokenSource(Timeout);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        WebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(chunk, cancel.Token);
            buffer.Write(chunk, 0, received.Count);
        }
        while (!received.EndOfMessage);

        var message = JsonNode.Parse(buffer.ToArray())!;
        Record(message);
        return message;
    }

    private void Record(JsonNode message)
    {
        switch ((string?)message["method"])
        {
            case "Runtime.consoleAPICalled" when (string?)message["params"]!["type"] is "error" or "assert":
                _errors.Add(message["params"]!["args"]!.ToJsonString());
                break;
            case "Runtime.exceptionThrown":
                _errors.Add(message["params"]!["exceptionDetails"]!.ToJsonString());
                break;
            case "Log.entryAdded" when (string?)message["params"]!["entry"]!["level"] == "error":
                _errors.Add((string?)message["params"]!["entry"]!["text"] ?? "error");
                break;
        }
    }
}

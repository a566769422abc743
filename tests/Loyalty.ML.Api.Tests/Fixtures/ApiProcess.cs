using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Loyalty.ML.Pipeline.Bundles;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>
/// The built service started as a real process (<c>dotnet Loyalty.ML.Api.dll</c> from its own output folder, as
/// train.sh starts it), for what only Kestrel and the real host configuration show: URLs, server-level errors.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _root;

    private ApiProcess(Process process, string root)
    {
        _process = process;
        _root = root;
    }

    /// <summary>Everything the process wrote so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Resident memory of the process now (VmRSS), in bytes.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(line => line.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>A free loopback port.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The base address <c>http://127.0.0.1:PORT</c> for a port.</summary>
    public static string Address(int port) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");

    /// <summary>Starts the service with a trained bundle and the test keys; waits until it listens or exits (at most 90 s).</summary>
    public static Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string>? environment = null, params string[] arguments)
    {
        var folder = ServiceFolder();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder };
        start.ArgumentList.Add(Path.Combine(folder, "Loyalty.ML.Api.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return LaunchAsync(start, environment, publish: true);
    }

    /// <summary>
    /// Starts the service as a developer does, <c>dotnet run --project src/Loyalty.ML.Api</c> (the Release build, not rebuilt),
    /// with the test keys and a registry that is empty unless <paramref name="publish"/>; <see cref="Registry"/> is where to publish.
    /// </summary>
    public static Task<ApiProcess> RunAsync(IReadOnlyDictionary<string, string> environment, bool publish = true)
    {
        var root = Repository.Root();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root };
        foreach (var argument in new[] { "run", "--project", Path.Combine(root, "src", "Loyalty.ML.Api"), "-c", "Release", "--no-build", "--no-launch-profile" })
        {
            start.ArgumentList.Add(argument);
        }

        return LaunchAsync(start, environment, publish);
    }

    /// <summary>The registry the process serves.</summary>
    public ModelRegistry Registry => new(Path.Combine(_root, "models"));

    private static async Task<ApiProcess> LaunchAsync(ProcessStartInfo start, IReadOnlyDictionary<string, string>? environment, bool publish)
    {
        var root = Path.Combine(Path.GetTempPath(), $"loyalty-api-process-{Guid.NewGuid():N}");
        var registry = new ModelRegistry(Path.Combine(root, "models"));
        Directory.CreateDirectory(registry.Root);
        if (publish)
        {
            TestBundles.Publish(registry, "v1");
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || name.StartsWith("DOTNET_URLS", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["Models__RegistryPath"] = registry.Root;
        foreach (var (key, value) in TestKeys.Settings())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var api = new ApiProcess(process, root);
        process.OutputDataReceived += (_, line) => api.Append(line.Data);
        process.ErrorDataReceived += (_, line) => api.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Generous: on a loaded 2-core CI machine a cold start (JIT, bundle load) can take tens of seconds.
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout && !process.HasExited && !api.Output.Contains("Application started", StringComparison.Ordinal))
        {
            await Task.Delay(50);
        }

        return api;
    }

    /// <summary>Kills the process with SIGKILL, as a crash or the OOM killer would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private static string ServiceFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Loyalty.ML.sln")))
            {
                return Path.Combine(folder.FullName, "src", "Loyalty.ML.Api", "bin", "Release", "net10.0");
            }
        }

        throw new InvalidOperationException("Loyalty.ML.sln not found above " + AppContext.BaseDirectory);
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}

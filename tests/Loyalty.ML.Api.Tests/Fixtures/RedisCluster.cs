using System.Diagnostics;
using System.Globalization;
using System.Net;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>
/// A six-node Redis Cluster (three masters, three replicas) started by <c>scripts/redis-cluster.sh</c> in a folder of its
/// own; a master can be killed as a crash would, and the tests wait for its replica to take over.
/// </summary>
public sealed class RedisCluster : IAsyncDisposable
{
    private static readonly TimeSpan FailoverLimit = TimeSpan.FromSeconds(30);

    // A killed node stays in the connection string: connecting must not wait out the default 5 s for it.
    private const string ClientSettings = "abortConnect=false,connectTimeout=1000,syncTimeout=2000,asyncTimeout=2000";

    private readonly string _folder;
    private readonly ConnectionMultiplexer _admin;
    private readonly Dictionary<int, HashSet<string>> _replicasOfKilled = [];

    private RedisCluster(string folder, string connectionString, ConnectionMultiplexer admin)
    {
        _folder = folder;
        ConnectionString = connectionString;
        _admin = admin;
    }

    /// <summary>All six endpoints, as the script prints them.</summary>
    public string ConnectionString { get; }

    /// <summary>Client ports of the six nodes.</summary>
    public IReadOnlyList<int> Ports => [.. ConnectionString.Split(',').Select(endpoint => int.Parse(endpoint[(endpoint.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture))];

    /// <summary>Starts a cluster; fails with the script's message when it cannot.</summary>
    public static async Task<RedisCluster> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"loyalty-cluster-{Guid.NewGuid():N}");
        var (exitCode, output, error) = await RunScriptAsync("start", folder);
        if (exitCode != 0)
        {
            await RunScriptAsync("stop", folder);
            throw new InvalidOperationException($"redis-cluster.sh start failed ({exitCode}): {error}");
        }

        var connectionString = output.Trim();
        var admin = await ConnectionMultiplexer.ConnectAsync($"{connectionString},{ClientSettings},allowAdmin=true");
        return new RedisCluster(folder, connectionString, admin);
    }

    /// <summary>The nodes as the node on <paramref name="askPort"/> sees them.</summary>
    public async Task<IReadOnlyList<ClusterNode>> NodesAsync(int askPort)
    {
        var text = (string)(await Server(askPort).ExecuteAsync("CLUSTER", "NODES"))!;

        // Redis 7 answers CLUSTER NODES as a verbatim string, and its "txt:" format mark stays in front of the first id.
        text = text.StartsWith("txt:", StringComparison.Ordinal) ? text[4..] : text;
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ClusterNode.Parse)];
    }

    /// <summary>A client of the cluster, as a test would use it to look at what the service wrote.</summary>
    public async Task<ConnectionMultiplexer> ConnectAsync() => await ConnectionMultiplexer.ConnectAsync($"{ConnectionString},{ClientSettings}");

    /// <summary>Ports of the masters serving slots now.</summary>
    public async Task<IReadOnlyList<int>> MasterPortsAsync() =>
        [.. (await NodesAsync(LivePort())).Where(node => node.IsMaster && node.HasSlots && !node.IsFailed).Select(node => node.Port).Order()];

    /// <summary>Ports of the replicas following a live master now.</summary>
    public async Task<IReadOnlyList<int>> ReplicaPortsAsync() =>
        [.. (await NodesAsync(LivePort())).Where(node => !node.IsMaster && !node.IsFailed).Select(node => node.Port).Order()];

    /// <summary>Port of the master serving <paramref name="key"/>, as the slot map says now.</summary>
    public async Task<int> MasterPortOfAsync(string key) =>
        ((IPEndPoint)(await _admin.GetDatabase().IdentifyEndpointAsync(key) ?? throw new InvalidOperationException($"no node serves {key}"))).Port;

    /// <summary>Sends one command to the node on <paramref name="port"/> (DBSIZE, XLEN, CLUSTER KEYSLOT...).</summary>
    public async Task<RedisResult> ExecuteAsync(int port, string command, params object[] arguments) =>
        await Server(port).ExecuteAsync(command, arguments);

    /// <summary>SIGKILLs the node on <paramref name="port"/>: no shutdown, no handover, as a crash.</summary>
    public async Task KillAsync(int port)
    {
        var nodes = await NodesAsync(port);
        var killed = nodes.Single(node => node.Port == port);
        _replicasOfKilled[port] = [.. nodes.Where(node => node.MasterId == killed.Id).Select(node => node.Id)];
        var pid = int.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, port.ToString(CultureInfo.InvariantCulture), "redis.pid")), CultureInfo.InvariantCulture);
        using var process = Process.GetProcessById(pid);
        process.Kill();
        await process.WaitForExitAsync();
    }

    /// <summary>
    /// Waits until the cluster marked the master killed on <paramref name="deadPort"/> failed, one of its replicas serves
    /// its slots, and every live node reports <c>cluster_state:ok</c>; returns the new master's port.
    /// </summary>
    public async Task<int> WaitForFailoverAsync(int deadPort)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < FailoverLimit)
        {
            if (await PromotedReplicaAsync(deadPort) is { } promoted && await AllLiveNodesOkAsync(deadPort))
            {
                return promoted;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no replica took over from 127.0.0.1:{deadPort} within {FailoverLimit.TotalSeconds} s\n{await DescribeAsync(deadPort)}");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _admin.DisposeAsync();
        await RunScriptAsync("stop", _folder);
    }

    private async Task<int?> PromotedReplicaAsync(int deadPort)
    {
        try
        {
            var nodes = await NodesAsync(Ports.First(port => port != deadPort));
            var dead = nodes.Single(node => node.Port == deadPort);
            var promoted = nodes.FirstOrDefault(node => node.IsMaster && node.HasSlots && _replicasOfKilled[deadPort].Contains(node.Id));
            return dead.IsFailed && promoted is not null ? promoted.Port : null;
        }
        catch (RedisException)
        {
            return null;
        }
    }

    // What each live node says and the end of its log, for a failover that did not happen.
    private async Task<string> DescribeAsync(int deadPort)
    {
        var report = new System.Text.StringBuilder();
        foreach (var port in Ports.Where(port => port != deadPort))
        {
            var log = await File.ReadAllLinesAsync(Path.Combine(_folder, port.ToString(CultureInfo.InvariantCulture), "redis.log"));
            report.AppendLine(CultureInfo.InvariantCulture, $"--- :{port}").AppendJoin('\n', log.TakeLast(8)).AppendLine();
            try
            {
                report.AppendLine((string)(await Server(port).ExecuteAsync("CLUSTER", "NODES"))!);
            }
            catch (RedisException exception)
            {
                report.AppendLine(exception.Message);
            }
        }

        return report.ToString();
    }

    private async Task<bool> AllLiveNodesOkAsync(int deadPort)
    {
        foreach (var port in Ports.Where(port => port != deadPort))
        {
            try
            {
                var info = (string)(await Server(port).ExecuteAsync("CLUSTER", "INFO"))!;
                if (!info.Contains("cluster_state:ok", StringComparison.Ordinal))
                {
                    return false;
                }
            }
            catch (RedisException)
            {
                return false;
            }
        }

        return true;
    }

    private int LivePort() =>
        Ports.FirstOrDefault(port => Server(port).IsConnected) is var port and not 0 ? port : throw new InvalidOperationException("no node of the cluster is connected");

    private IServer Server(int port) => _admin.GetServer(new IPEndPoint(IPAddress.Loopback, port));

    private static async Task<(int ExitCode, string Output, string Error)> RunScriptAsync(string command, string folder)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(Repository.Root(), "scripts", "redis-cluster.sh"), command, "--dir", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }
}

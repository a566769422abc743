using Loyalty.ML.Pipeline.Bundles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>
/// API replicas as an operator runs them: one registry folder and one real redis-server shared, an event store each
/// (<c>Events:StorePath</c>). Replicas are started by name; the same name again reopens the same store.
/// </summary>
public sealed class ReplicaSet : IAsyncDisposable
{
    private readonly string _rules;

    private ReplicaSet(string root, RedisServer redis)
    {
        Root = root;
        Redis = redis;
        Registry = new ModelRegistry(Path.Combine(root, "models"));
        _rules = Path.Combine(root, "rules.json");
        File.WriteAllText(_rules, "{}");
        TestBundles.Publish(Registry, "v1");
    }

    /// <summary>Temporary folder of the set.</summary>
    public string Root { get; }

    /// <summary>The shared registry.</summary>
    public ModelRegistry Registry { get; }

    /// <summary>The shared Redis.</summary>
    public RedisServer Redis { get; }

    /// <summary>Creates the folder, the registry with one bundle and the Redis server; no replica runs yet.</summary>
    public static async Task<ReplicaSet> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), $"loyalty-replicas-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        return new ReplicaSet(root, await RedisServer.StartAsync());
    }

    /// <summary>The event store path of replica <paramref name="name"/>.</summary>
    public string StorePathOf(string name) => Path.Combine(Root, name, "events.db");

    /// <summary>Starts replica <paramref name="name"/>; <paramref name="settings"/> override the defaults of the set.</summary>
    public Replica Start(string name, params KeyValuePair<string, string?>[] settings)
    {
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Models:RegistryPath"] = Registry.Root,
            ["Models:PollInterval"] = "00:00:00.500",
            ["Redis:ConnectionString"] = Redis.ConnectionString,
            ["Redis:BreakDuration"] = "00:00:00.500",
            ["Events:StorePath"] = StorePathOf(name),
            ["Events:Stream:OutboxInterval"] = "00:00:00.500",
            ["Events:Stream:RetryInterval"] = "00:00:00.100",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in TestKeys.Settings().Concat(EventLines.Settings(_rules)).Concat(settings))
        {
            all[key] = value;
        }

        var logs = new LogCollector();
        var factory = new LoyaltyApiFactory(all, services => services.AddSingleton<ILoggerProvider>(logs));
        try
        {
            _ = factory.Server;
        }
        catch
        {
            factory.Dispose();
            throw;
        }

        return new Replica(StorePathOf(name), factory, logs);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Redis.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }
}

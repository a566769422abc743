namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>
/// The service in process against a six-node Redis Cluster, with its in-process layer off so every lookup goes to the
/// cluster, the benchmark endpoints on, and a till key for events.
/// </summary>
public sealed class ClusterApiFixture : IAsyncLifetime
{
    private RedisCluster? _cluster;
    private ApiHost? _host;

    /// <summary>The cluster.</summary>
    public RedisCluster Cluster => _cluster ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The running host.</summary>
    public ApiHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _cluster = await RedisCluster.StartAsync();
        _host = await ApiHost.StartAsync(
            withRedis: false,
            publish: registry => TestBundles.Publish(registry, "v1"),
            settings:
            [
                new("Redis:ConnectionString", _cluster.ConnectionString),
                new("Cache:MemoryTtl", "00:00:00"),
                new("Benchmark:Enabled", "true"),
                new("ApiKeys:Keys:till:Key", EventLines.TillKey),
                new("ApiKeys:Keys:till:Scopes:0", "events:write"),

                // The failover load is as fast as the machine allows; the default per-key limit would answer some of it 429.
                new("ApiKeys:Keys:shop:PermitLimit", "1000000"),
                new("ApiKeys:Keys:till:PermitLimit", "1000000"),
            ]);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Text;
using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Http;
using Loyalty.ML.Api.Recommendations;
using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Loyalty.ML.Api.Tests.Caching;

/// <summary>
/// The service against a real six-node Redis Cluster. Alone in its collection: killing a master moves the process-wide
/// Redis gauge other tests assert on.
/// </summary>
[Collection(ProcessMetricsCollection.Name)]
public sealed class RedisClusterTests(ClusterApiFixture fixture, ITestOutputHelper output) : IClassFixture<ClusterApiFixture>
{
    private RedisCluster Cluster => fixture.Cluster;

    private ApiHost Host => fixture.Host;

    [Fact]
    public async Task GetRecommendations_ManyCustomers_AnswersAreStoredOnEveryMasterAndReadBack()
    {
        var client = Host.Client(TestKeys.Shop);
        var customers = TestBundles.History.Customers.Ids.Take(60).ToList();
        foreach (var customer in customers)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/v1/customers/{customer}/recommendations?count=7")).StatusCode);
        }

        var perMaster = await KeysPerMasterUntil(counts => counts.Values.Sum() >= customers.Count);
        var statistics = Host.Services.GetRequiredService<CacheStatistics>();
        var hitsBefore = statistics.RedisHits;
        foreach (var customer in customers)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/v1/customers/{customer}/recommendations?count=7")).StatusCode);
        }

        Assert.Equal(3, perMaster.Count);
        Assert.All(perMaster, master => Assert.True(master.Value > 0, $"no key on the master at port {master.Key}"));
        Assert.True(statistics.RedisHits - hitsBefore >= customers.Count, $"{statistics.RedisHits - hitsBefore} of {customers.Count} answers read back from the cluster");
    }

    [Fact]
    public async Task ConnectionString_ADeadNodeAndOneReplica_FindsEveryMaster()
    {
        var replica = (await Cluster.ReplicaPortsAsync())[0];
        await using var host = await ApiHost.StartAsync(
            withRedis: false,
            publish: registry => TestBundles.Publish(registry, "v1"),
            settings: [new("Redis:ConnectionString", $"127.0.0.1:{ApiProcess.FreePort()},127.0.0.1:{replica}"), new("Cache:MemoryTtl", "00:00:00")]);
        var before = await KeysPerMasterUntil(_ => true);
        var client = host.Client(TestKeys.Shop);
        foreach (var customer in TestBundles.History.Customers.Ids.Take(60))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/v1/customers/{customer}/recommendations?count=33")).StatusCode);
        }

        var after = await KeysPerMasterUntil(counts => counts.All(master => master.Value > before.GetValueOrDefault(master.Key)));

        Assert.All(after, master => Assert.True(master.Value > before.GetValueOrDefault(master.Key), $"no new key on the master at port {master.Key}"));
    }

    [Fact]
    public async Task EventStreamHashTag_KeysCarryingIt_HashToTheStreamSlot()
    {
        var port = (await Cluster.MasterPortsAsync())[0];
        var streamSlot = (long)await Cluster.ExecuteAsync(port, "CLUSTER", "KEYSLOT", RedisEventStream.Key);

        var tagged = (long)await Cluster.ExecuteAsync(port, "CLUSTER", "KEYSLOT", $"{CacheKeys.EventStreamHashTag}:position:replica-1");

        Assert.Equal(streamSlot, tagged);
    }

    [Fact]
    public async Task PostPurchases_OnACluster_LandInTheStreamInOrder()
    {
        var till = Host.Client(EventLines.TillKey);
        await EventLines.PostAsync(till, EventLines.Purchase("cluster-1", "cluster-customer", TestBundles.KnownItem), EventLines.Purchase("cluster-2", "cluster-customer", TestBundles.KnownItem));
        await using var redis = await Cluster.ConnectAsync();

        var length = await redis.GetDatabase().StreamLengthAsync(RedisEventStream.Key);
        var entries = await RedisEventStream.ReadAsync(redis.GetDatabase(), "0", 10_000);

        Assert.True(length > 0);
        Assert.Equal(["cluster-1", "cluster-2"], entries.Where(entry => entry.Purchase?.CustomerId == "cluster-customer").Select(entry => entry.Purchase!.EventId));
    }

    [Fact]
    public async Task GetBaseline_ValueSetOnTheCluster_ReturnsIt()
    {
        await using var redis = await Cluster.ConnectAsync();
        const string Value = """{"id":"C000001","items":[]}""";
        await redis.GetDatabase().StringSetAsync(CacheKeys.GetBenchmarkKey(), Encoding.UTF8.GetBytes(Value));

        var response = await Host.Client().GetAsync("/bench/redis-get");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Value, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task KillMaster_WhileRequestsAndEventsRun_EveryAnswerIsOkAndCacheAndStreamWorkAgainAfterPromotion()
    {
        var victim = await Cluster.MasterPortOfAsync(RedisEventStream.Key);
        var key = await KeyServedBy(victim);
        var load = new RequestLoad(Host, EventLines.TillKey);
        var running = load.RunAsync();
        await Task.Delay(500);

        var clock = Stopwatch.StartNew();
        int promoted;
        TimeSpan failover, recovered;
        try
        {
            await Cluster.KillAsync(victim);
            promoted = await Cluster.WaitForFailoverAsync(victim);
            failover = clock.Elapsed;
            await CacheWorksFor(key);
            recovered = clock.Elapsed;
            await Task.Delay(500);
        }
        finally
        {
            load.Stop();
        }

        var (answers, failures) = await running;
        await EventLines.PostAsync(Host.Client(EventLines.TillKey), EventLines.Purchase("after-failover", "after-failover-customer", TestBundles.KnownItem));
        await using var redis = await Cluster.ConnectAsync();

        // Events stored while the shard was down go out first, in order; the one posted after the failover follows them.
        await Replica.WaitUntilAsync(
            async () => (await RedisEventStream.ReadAsync(redis.GetDatabase(), "0", 100_000)).Any(entry => entry.Purchase?.EventId == "after-failover"),
            TimeSpan.FromSeconds(15),
            "the event posted after the failover on the stream");

        output.WriteLine($"killed master :{victim} (the stream's shard); replica :{promoted} promoted, cluster_state:ok after {failover.TotalMilliseconds:F0} ms; " +
            $"the service's cache wrote and read that shard again after {recovered.TotalMilliseconds:F0} ms; {answers} answers, {failures.Count} not 2xx");
        Assert.Empty(failures);
        Assert.True(answers > 20, $"only {answers} answers while the master was down");
        Assert.Equal(1L, (long)await Cluster.ExecuteAsync(promoted, "EXISTS", key));
        Assert.Equal(1L, (long)await Cluster.ExecuteAsync(promoted, "EXISTS", RedisEventStream.Key));
    }

    private async Task<string> KeyServedBy(int port)
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var key = $"{CacheKeys.Prefix}cluster-test:{Guid.NewGuid():N}";
            if (await Cluster.MasterPortOfAsync(key) == port)
            {
                return key;
            }
        }

        throw new InvalidOperationException($"no key hashed to the master on port {port} in 1000 tries");
    }

    // With the in-process layer off, an answer that does not call its factory came from Redis.
    private async Task CacheWorksFor(string key)
    {
        var cache = Host.Services.GetRequiredService<IAnswerCache>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            var computed = false;
            await cache.GetOrCreateAsync(key, ApiJsonContext.Default.RecommendationsResponse, () =>
            {
                computed = true;
                return AnswerCacheTests.Answer(1);
            });
            if (!computed)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{key} was never answered from the cluster after the failover");
    }

    private async Task<Dictionary<int, long>> KeysPerMasterUntil(Func<Dictionary<int, long>, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var counts = new Dictionary<int, long>();
            foreach (var port in await Cluster.MasterPortsAsync())
            {
                counts[port] = (long)await Cluster.ExecuteAsync(port, "DBSIZE");
            }

            if (done(counts) || clock.Elapsed > TimeSpan.FromSeconds(5))
            {
                return counts;
            }

            await Task.Delay(50);
        }
    }
}

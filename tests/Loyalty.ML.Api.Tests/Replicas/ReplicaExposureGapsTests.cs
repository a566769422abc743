using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Loyalty.ML.Api.Tests.Fixtures;
using StackExchange.Redis;

namespace Loyalty.ML.Api.Tests.Replicas;

/// <summary>
/// Two replicas with one real Redis: lists trimmed from one replica's exposure stream before the other read them are
/// missing from the other's log, and it says so (health, online evaluation, metrics) instead of counting them nowhere.
/// </summary>
public sealed partial class ReplicaExposureGapsTests : IAsyncLifetime
{
    private ReplicaSet? _set;

    private ReplicaSet Set => _set!;

    public async Task InitializeAsync() => _set = await ReplicaSet.StartAsync();

    public async Task DisposeAsync() => await Set.DisposeAsync();

    [Fact]
    public async Task ExposureStream_TrimmedBetweenTwoReads_IsReportedAsMissingListsOnTheOtherReplica()
    {
        var customers = TestBundles.History.Customers.Ids.Take(9).ToList();
        // A's outbox resends soon a write that timed out on a busy machine (it may also have landed: lists are counted once each).
        await using var a = Set.Start("a", new("Exposures:FlushInterval", "00:00:00.010"), new("Exposures:StreamPollInterval", "00:00:00.050"), new("Exposures:OutboxInterval", "00:00:00.100"));
        // B reads every 6 s: after one read, the test has that long to serve lists on A and trim them off its stream.
        await using var b = Set.Start("b", new("Exposures:FlushInterval", "00:00:00.010"), new("Exposures:StreamPollInterval", "00:00:06"));
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Set.Redis.ConnectionString);
        var stream = ExposureStreamProbe.KeyOf(a);

        await a.ServeListsAsync(customers[..3]);
        await Replica.WaitUntilAsync(() => Task.FromResult(DistinctLists(b) == 3), TimeSpan.FromSeconds(30), $"a's first lists in b's log ({DistinctLists(b)})");
        var missingBefore = await MissingCounterAsync(b);
        await a.ServeListsAsync(customers[3..7]);
        await Replica.WaitUntilAsync(async () => (await ExposureStreamProbe.IdsOnAsync(redis, stream)).Distinct().Count() == 7, TimeSpan.FromSeconds(5), "a's next lists on its stream");
        await redis.GetDatabase().StreamTrimAsync(stream, 0);
        Assert.Equal(3, DistinctLists(b));
        await a.ServeListsAsync(customers[7..]);
        await Replica.WaitUntilAsync(() => Task.FromResult(DistinctLists(b) == 5), TimeSpan.FromSeconds(30), $"a's last lists in b's log ({DistinctLists(b)})");

        var health = await b.Client(TestKeys.Admin).GetAsync("/health");
        var check = (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").GetProperty("exposures-stream");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", check.GetProperty("status").GetString());
        Assert.StartsWith("4 served lists of other replicas are missing", check.GetProperty("description").GetString(), StringComparison.Ordinal);
        var coverage = (await b.Client(TestKeys.Admin).GetFromJsonAsync<JsonElement>("/v1/evaluation/online")).GetProperty("coverage");
        Assert.False(coverage.GetProperty("complete").GetBoolean());
        Assert.Equal(4, coverage.GetProperty("missingLists").GetInt64());
        Assert.Equal(1, coverage.GetProperty("gaps").GetInt32());
        Assert.Equal(4, await MissingCounterAsync(b) - missingBefore);
        Assert.Contains(b.Logs.Entries, entry => entry.Message.StartsWith("4 served lists of replica", StringComparison.Ordinal));
        Assert.Equal("Healthy", (await a.Client(TestKeys.Admin).GetFromJsonAsync<JsonElement>("/health")).GetProperty("checks").GetProperty("exposures-stream").GetProperty("status").GetString());
    }

    private static async Task<double> MissingCounterAsync(Replica replica)
    {
        var metrics = await replica.Client(TestKeys.Admin).GetStringAsync("/metrics");
        var match = MissingLine().Match(metrics);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : throw new Xunit.Sdk.XunitException("no loyalty_exposures_missing_total on /metrics");
    }

    // A list written to the stream twice (a write that timed out but landed, then resent) is stored twice.
    private static int DistinctLists(Replica replica) => replica.ServedLists().Select(list => list.Id).Distinct().Count();

    [GeneratedRegex(@"^loyalty_exposures_missing_total ([0-9.e+]+)$", RegexOptions.Multiline)]
    private static partial Regex MissingLine();
}

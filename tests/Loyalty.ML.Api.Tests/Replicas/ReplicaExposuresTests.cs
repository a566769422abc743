using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;
using Loyalty.ML.Data.Exposures;

namespace Loyalty.ML.Api.Tests.Replicas;

/// <summary>
/// Two replicas with one Redis: each one's exposure log holds the lists both served, once each, also those served while
/// Redis was down (the outbox writes them when it is back).
/// </summary>
public sealed class ReplicaExposuresTests : IAsyncLifetime
{
    private ReplicaSet? _set;

    private ReplicaSet Set => _set!;

    public async Task InitializeAsync() => _set = await ReplicaSet.StartAsync();

    public async Task DisposeAsync() => await Set.DisposeAsync();

    [Fact]
    public async Task ServedLists_OnEitherReplica_AreInBothLogsOnceEach()
    {
        KeyValuePair<string, string?>[] fast = [new("Exposures:FlushInterval", "00:00:00.010"), new("Exposures:StreamPollInterval", "00:00:00.050"), new("Exposures:OutboxInterval", "00:00:00.200")];
        await using var a = Set.Start("a", fast);
        await using var b = Set.Start("b", fast);
        var customers = TestBundles.History.Customers.Ids.Take(20).ToList();
        foreach (var (customer, index) in customers.Select((customer, index) => (customer, index)))
        {
            var replica = index % 2 == 0 ? a : b;
            (await replica.Client(TestKeys.Shop).GetAsync($"/v1/customers/{customer}/recommendations?count=4")).EnsureSuccessStatusCode();
        }

        foreach (var replica in new[] { a, b })
        {
            await Replica.WaitUntilAsync(() => Task.FromResult(Lists(replica).Count == customers.Count), TimeSpan.FromSeconds(30), $"every list in the replica's log (a {Lists(a).Count}, b {Lists(b).Count})");
        }

        // Redis here keeps nothing on disk: what it held when killed is gone, so the replicas had to read it before.
        await Set.Redis.KillAsync();
        (await a.Client(TestKeys.Shop).GetAsync($"/v1/customers/{customers[0]}/recommendations?count=4&surface=while-down")).EnsureSuccessStatusCode();
        await Task.Delay(300);
        await Set.Redis.RestartAsync();

        foreach (var replica in new[] { a, b })
        {
            await Replica.WaitUntilAsync(() => Task.FromResult(Lists(replica).Count == customers.Count + 1), TimeSpan.FromSeconds(30), $"every list in the replica's log (a {Lists(a).Count}, b {Lists(b).Count})");
        }

        Assert.Equal(Keys(a), Keys(b));
        Assert.Single(Lists(b), list => list.Surface == "while-down");
    }

    private static List<ServedList> Lists(Replica replica) => [.. ExposureStore.ReadByCustomer(replica.StorePath, DateTimeOffset.MinValue)];

    private static List<string> Keys(Replica replica) => [.. Lists(replica).Select(list => $"{list.Id.Origin}/{list.Id.Sequence}/{list.CustomerId}/{string.Join(',', list.Items)}").Order(StringComparer.Ordinal)];
}

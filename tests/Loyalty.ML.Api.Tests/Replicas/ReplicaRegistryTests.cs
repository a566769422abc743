using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Replicas;

/// <summary>Replicas reading one registry folder: a publish reaches all of them, and a bad bundle is refused by all of them.</summary>
public sealed class ReplicaRegistryTests : IAsyncLifetime
{
    // Notices off: the replicas must find the publish by polling, as on a shared volume that sends no change events.
    private static readonly KeyValuePair<string, string?>[] PollingOnly = [new("Models:WatchFileSystem", "false"), new("Models:PollInterval", "00:00:00.500")];
    private static readonly TimeSpan WithinPoll = TimeSpan.FromSeconds(3);
    private ReplicaSet? _set;

    private ReplicaSet Set => _set!;

    public async Task InitializeAsync() => _set = await ReplicaSet.StartAsync();

    public async Task DisposeAsync() => await Set.DisposeAsync();

    [Fact]
    public async Task Publish_NewThenCorrupt_BothReplicasServeTheNewOneThenBothRejectTheCorruptOne()
    {
        await using var a = Set.Start("a", PollingOnly);
        await using var b = Set.Start("b", PollingOnly);
        Assert.Equal("v1", await ServedVersion(a));
        Assert.Equal("v1", await ServedVersion(b));

        TestBundles.Publish(Set.Registry, "v2");
        await Replica.WaitUntilAsync(async () => await ServedVersion(a) == "v2" && await ServedVersion(b) == "v2", WithinPoll, "both replicas serving v2");

        TestBundles.PublishCorrupt(Set.Registry, "v3");
        await Replica.WaitUntilAsync(async () => await RejectedVersion(a) == "v3" && await RejectedVersion(b) == "v3", WithinPoll, "both replicas rejecting v3");

        foreach (var replica in new[] { a, b })
        {
            Assert.Equal("v2", await ServedVersion(replica));
            var answer = await replica.Client(TestKeys.Shop).GetFromJsonAsync<JsonElement>($"/v1/customers/{TestBundles.KnownCustomer}/recommendations?kind=personal");
            Assert.Equal("v2", answer.GetProperty("modelVersion").GetString());
        }
    }

    private static async Task<string?> ServedVersion(Replica replica) =>
        (await Status(replica)).GetProperty("version").GetString();

    private static async Task<string?> RejectedVersion(Replica replica) =>
        (await Status(replica)).TryGetProperty("rejected", out var rejected) && rejected.ValueKind == JsonValueKind.Object
            ? rejected.GetProperty("version").GetString()
            : null;

    private static async Task<JsonElement> Status(Replica replica) =>
        await replica.Client(TestKeys.Admin).GetFromJsonAsync<JsonElement>("/v1/models/current");
}

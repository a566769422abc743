using System.Net;
using System.Net.Http.Json;
using Loyalty.ML.Api.Benchmark;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Benchmark;

[Collection(ApiCollection.Name)]
public sealed class BenchmarkApiTests(LoyaltyApiFixture fixture)
{
    [Fact]
    public async Task GetRuntime_BenchmarkEnabled_ReturnsProcessCountersThatOnlyGrow()
    {
        await using var host = await ApiHost.StartAsync(
            withRedis: false,
            publish: registry => TestBundles.Publish(registry, LoyaltyApiFixture.Version),
            settings: [new("Benchmark:Enabled", "true")]);
        var client = host.Client();

        var before = await client.GetFromJsonAsync<RuntimeStatsResponse>("/bench/runtime");
        for (var request = 0; request < 20; request++)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.Client(TestKeys.Shop).GetAsync($"/v1/customers/{TestBundles.KnownCustomer}/recommendations")).StatusCode);
        }

        var after = await client.GetFromJsonAsync<RuntimeStatsResponse>("/bench/runtime");

        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.True(after.AllocatedBytes > before.AllocatedBytes, $"allocated {before.AllocatedBytes} -> {after.AllocatedBytes}");
        Assert.True(after.CpuMilliseconds > before.CpuMilliseconds, $"CPU {before.CpuMilliseconds} -> {after.CpuMilliseconds} ms");
        Assert.True(after.ThreadPoolCompletedItems > before.ThreadPoolCompletedItems, $"work items {before.ThreadPoolCompletedItems} -> {after.ThreadPoolCompletedItems}");
        Assert.True(after.Gen0Collections >= before.Gen0Collections && after.Gen1Collections >= before.Gen1Collections && after.Gen2Collections >= before.Gen2Collections);
        Assert.True(after.GcPauseMilliseconds >= before.GcPauseMilliseconds);
        Assert.True(before.JitCompiledMethods > 0 && after.JitCompiledMethods >= before.JitCompiledMethods, $"JIT methods {before.JitCompiledMethods} -> {after.JitCompiledMethods}");
        Assert.True(before.JitMilliseconds > 0 && after.JitMilliseconds >= before.JitMilliseconds, $"JIT {before.JitMilliseconds} -> {after.JitMilliseconds} ms");
    }

    [Fact]
    public async Task GetRuntime_AfterACollection_ReportsWhatItPromotedAndGen1sSizeAndFragmentation()
    {
        await using var host = await ApiHost.StartAsync(
            withRedis: false,
            publish: registry => TestBundles.Publish(registry, LoyaltyApiFixture.Version),
            settings: [new("Benchmark:Enabled", "true")]);
        var client = host.Client();
        await client.GetAsync("/bench/runtime");

        GC.Collect(1, GCCollectionMode.Forced, blocking: true);
        var stats = await client.GetFromJsonAsync<RuntimeStatsResponse>("/bench/runtime");

        Assert.NotNull(stats);
        Assert.True(stats.LastGcPromotedBytes > 0, $"{stats.LastGcPromotedBytes} bytes promoted");
        Assert.InRange(stats.Gen1FragmentationAfterBytes, 0, stats.Gen1SizeAfterBytes);
    }

    [Fact]
    public async Task GetRuntime_MoreCallsThanTheAnonymousLimit_IsNeverLimited()
    {
        await using var host = await ApiHost.StartAsync(
            withRedis: false,
            publish: registry => TestBundles.Publish(registry, LoyaltyApiFixture.Version),
            settings: [new("Benchmark:Enabled", "true"), new("RateLimits:AnonymousPermitLimit", "5"), new("RateLimits:AnonymousWindow", "00:01:00")]);
        var client = host.Client();

        var statuses = new List<HttpStatusCode>();
        for (var request = 0; request < 12; request++)
        {
            statuses.Add((await client.GetAsync("/bench/runtime")).StatusCode);
        }

        var anonymous = new List<HttpStatusCode>();
        for (var request = 0; request < 6; request++)
        {
            anonymous.Add((await client.GetAsync($"/v1/customers/{TestBundles.KnownCustomer}/recommendations")).StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, anonymous[^1]);
    }

    [Fact]
    public async Task GetRuntime_BenchmarkDisabled_Returns404()
    {
        var response = await fixture.Host.Client().GetAsync("/bench/runtime");

        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }
}

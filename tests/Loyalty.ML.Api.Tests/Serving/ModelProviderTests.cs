using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Serving;

public sealed class ModelProviderTests
{
    private static readonly string Recommendations = $"/v1/customers/{TestBundles.KnownCustomer}/recommendations";

    [Fact]
    public async Task Start_WithEmptyRegistry_Answers503TrainFirst()
    {
        await using var host = await ApiHost.StartAsync(withRedis: false);

        var problem = await ProblemAssert.IsProblem(await host.Client(TestKeys.Shop).GetAsync(Recommendations), HttpStatusCode.ServiceUnavailable);
        var ready = await host.Client().GetAsync("/health/ready");

        Assert.Contains("Train first", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("train first", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Publish_WhileRequestsRun_SwapsWithoutAFailedRequest()
    {
        await using var host = await ApiHost.StartAsync(withRedis: false, publish: registry => TestBundles.Publish(registry, "v1"));
        var client = host.Client(TestKeys.Shop);
        var statuses = new List<HttpStatusCode>();
        var versions = new HashSet<string>();
        var answered = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(15));

        bool Seen(string version)
        {
            lock (statuses)
            {
                return versions.Contains(version);
            }
        }

        async Task Load()
        {
            while (!stop.IsCancellationRequested && !Seen("v2"))
            {
                var response = await client.GetAsync(Recommendations);
                var version = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("modelVersion").GetString()! : "";
                lock (statuses)
                {
                    statuses.Add(response.StatusCode);
                    versions.Add(version);
                }

                Interlocked.Increment(ref answered);
            }
        }

        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(Load)).ToArray();
        while (!stop.IsCancellationRequested && Volatile.Read(ref answered) < 20)
        {
            await Task.Delay(10);
        }

        TestBundles.Publish(host.Registry, "v2");
        await Task.WhenAll(load);

        Assert.Contains("v2", versions);
        Assert.Contains("v1", versions);
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task Publish_OfCorruptBundle_IsRejectedAndTheOldKeepsServing()
    {
        await using var host = await ApiHost.StartAsync(withRedis: false, publish: registry => TestBundles.Publish(registry, "v1"));

        TestBundles.PublishCorrupt(host.Registry, "v2");
        var ready = await WaitForReady(host, body => body.Contains("v2", StringComparison.Ordinal));
        var answer = await host.Client(TestKeys.Shop).GetFromJsonAsync<JsonElement>(Recommendations);
        var reload = await host.Client(TestKeys.Admin).PostAsync("/v1/models/reload", null);

        Assert.Contains("checksum", ready);
        Assert.Equal("v1", answer.GetProperty("modelVersion").GetString());
        var problem = await ProblemAssert.IsProblem(reload, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Still serving v1", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task SwitchBack_ToTheServedVersionAfterARejection_IsHealthyAndKeepsTheRejectionAsHistory()
    {
        await using var host = await ApiHost.StartAsync(withRedis: false, publish: registry => TestBundles.Publish(registry, "v1"));
        TestBundles.PublishCorrupt(host.Registry, "v2");
        var degraded = await WaitForReady(host, body => body.Contains("v2", StringComparison.Ordinal));

        host.Registry.SwitchCurrent("v1");
        var recovered = await WaitForReady(host, body => !body.Contains("v2", StringComparison.Ordinal));
        var status = await host.Client(TestKeys.Admin).GetFromJsonAsync<JsonElement>("/v1/models/current");

        Assert.Contains("\"status\":\"Degraded\"", degraded);
        Assert.Contains("\"status\":\"Healthy\"", recovered);
        Assert.Contains("Serving v1", recovered);
        Assert.Equal("v1", status.GetProperty("registryCurrent").GetString());
        Assert.Equal("v2", status.GetProperty("rejected").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Publish_OfBundleWhoseLoadHangs_IsRejectedAfterTheTimeoutAndLaterSwapsWork()
    {
        await using var host = await ApiHost.StartAsync(
            withRedis: false,
            publish: registry => TestBundles.Publish(registry, "v1"),
            settings: [new("Models:LoadTimeout", "00:00:01")]);
        var fifo = HostileBundles.PublishStalling(host.Registry, "v2");
        try
        {
            var rejected = await WaitForReady(host, body => body.Contains("v2", StringComparison.Ordinal));
            TestBundles.Publish(host.Registry, "v3");
            var swapped = await WaitForReady(host, body => body.Contains("Serving v3", StringComparison.Ordinal));
            var answer = await host.Client(TestKeys.Shop).GetFromJsonAsync<JsonElement>(Recommendations);

            Assert.Contains("did not load within", rejected);
            Assert.Contains("Healthy", swapped);
            Assert.Equal("v3", answer.GetProperty("modelVersion").GetString());
        }
        finally
        {
            HostileBundles.Release(fifo);
        }
    }

    [Fact]
    public async Task PostReload_AfterPublishWithoutWatching_ServesTheNewVersion()
    {
        await using var host = await ApiHost.StartAsync(
            withRedis: false,
            publish: registry => TestBundles.Publish(registry, "v1"),
            settings: [new("Models:WatchFileSystem", "false"), new("Models:PollInterval", "01:00:00")]);
        TestBundles.Publish(host.Registry, "v2");

        var before = await host.Client(TestKeys.Shop).GetFromJsonAsync<JsonElement>(Recommendations);
        var reload = await host.Client(TestKeys.Admin).PostAsync("/v1/models/reload", null);
        var after = await host.Client(TestKeys.Shop).GetFromJsonAsync<JsonElement>(Recommendations);

        Assert.Equal("v1", before.GetProperty("modelVersion").GetString());
        Assert.Equal(HttpStatusCode.OK, reload.StatusCode);
        Assert.Equal("v2", after.GetProperty("modelVersion").GetString());
    }

    private static Task<string> WaitForReady(ApiHost host, Func<string, bool> condition) => HealthWait.Until(host, condition);
}

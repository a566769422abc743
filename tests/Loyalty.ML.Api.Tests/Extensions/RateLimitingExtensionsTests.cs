using System.Net;
using System.Net.Http.Json;
using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Loyalty.ML.Api.Tests.Extensions;

[Collection(ApiCollection.Name)]
public sealed class RateLimitingExtensionsTests(LoyaltyApiFixture fixture)
{
    [Fact]
    public async Task Requests_OverKeyLimit_Return429ProblemWithRetryAfter()
    {
        var limited = fixture.Host.Client(TestKeys.Limited);
        for (var request = 0; request < TestKeys.LimitedPermits; request++)
        {
            var allowed = await limited.GetAsync("/v1/items/I001/also-bought");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        var rejected = await limited.GetAsync("/v1/items/I001/also-bought");

        await ProblemAssert.IsProblem(rejected, HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(Assert.Single(rejected.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        var otherKey = await fixture.Host.Client(TestKeys.Shop).GetAsync("/v1/items/I001/also-bought");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherKey.StatusCode);
    }

    [Fact]
    public async Task Requests_WithBadKeysOverTheAnonymousLimit_Return429AndAreLoggedInAggregate()
    {
        var logs = new LogCollector();
        await using var host = await ApiHost.StartAsync(
            withRedis: false,
            publish: registry => TestBundles.Publish(registry, LoyaltyApiFixture.Version),
            settings:
            [
                new("RateLimits:AnonymousPermitLimit", "5"),
                new("RateLimits:AnonymousWindow", "00:01:00"),
                new("Logging:LogLevel:Default", "Information"),
                new("Logging:LogLevel:Microsoft.AspNetCore", "Information"),
            ],
            services: services => services.AddSingleton<ILoggerProvider>(logs));
        var client = host.Client("not-a-key-of-this-service-0123");

        var statuses = new List<HttpStatusCode>();
        for (var request = 0; request < 50; request++)
        {
            statuses.Add((await client.GetAsync("/v1/items/I001/also-bought")).StatusCode);
        }

        var rejected = await client.GetAsync("/v1/items/I001/also-bought");

        Assert.Equal(5, statuses.Count(status => status == HttpStatusCode.Unauthorized));
        Assert.Equal(45, statuses.Count(status => status == HttpStatusCode.TooManyRequests));
        await ProblemAssert.IsProblem(rejected, HttpStatusCode.TooManyRequests);
        var authenticationLines = logs.Entries.Count(entry =>
            entry.Category.StartsWith("Microsoft.AspNetCore.Authentication", StringComparison.Ordinal)
            || entry.Message.Contains("API key", StringComparison.OrdinalIgnoreCase));
        Assert.InRange(authenticationLines, 1, 2);
    }

    [Theory]
    [InlineData("/health/ready")]
    [InlineData("/health/live")]
    [InlineData("/health")]
    [InlineData("/metrics")]
    public async Task Probe_DuringABadKeyFloodFromItsAddress_IsNeverLimited(string path)
    {
        await using var host = await ApiHost.StartAsync(
            withRedis: false,
            publish: registry => TestBundles.Publish(registry, LoyaltyApiFixture.Version),
            settings: [new("RateLimits:AnonymousPermitLimit", "5"), new("RateLimits:AnonymousWindow", "00:01:00")]);
        var flood = host.Client("not-a-key-of-this-service-0123");
        for (var request = 0; request < 10; request++)
        {
            await flood.GetAsync("/v1/items/I001/also-bought");
        }

        var limitedKey = host.Client(TestKeys.Limited);
        for (var request = 0; request < TestKeys.LimitedPermits + 1; request++)
        {
            await limitedKey.GetAsync("/v1/items/I001/also-bought");
        }

        var anonymous = new List<HttpStatusCode>();
        var withBadKey = new List<HttpStatusCode>();
        var withSpentKey = new List<HttpStatusCode>();
        for (var probe = 0; probe < 10; probe++)
        {
            anonymous.Add((await host.Client().GetAsync(path)).StatusCode);
            withBadKey.Add((await flood.GetAsync(path)).StatusCode);
            withSpentKey.Add((await limitedKey.GetAsync(path)).StatusCode);
        }

        var protectedEndpoint = await flood.GetAsync("/v1/items/I001/also-bought");

        Assert.All(anonymous.Concat(withBadKey).Concat(withSpentKey), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, protectedEndpoint.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await limitedKey.GetAsync("/v1/items/I001/also-bought")).StatusCode);
    }

    [Fact]
    public async Task PostEvents_KeyWithAPostInProgress_Gets429WhileOtherKeysPost()
    {
        var folder = Directory.CreateTempSubdirectory("loyalty-event-writes-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "rules.json"), "{}");
        await using var host = await ApiHost.StartAsync(
            withRedis: false,
            publish: registry => TestBundles.Publish(registry, LoyaltyApiFixture.Version),
            settings:
            [
                .. EventLines.Settings(Path.Combine(folder, "rules.json")),
                new("ApiKeys:Keys:till2:Key", "second-till-key-0123456789abcdef"),
                new("ApiKeys:Keys:till2:Scopes:0", "events:write"),
                new("Events:WriteConcurrencyPerKey", "1"),
                new("Events:WriteQueuePerKey", "0"),
            ],
            kestrel: true);
        // On a loaded machine the server has read the stalled post's headers only after those of the same-key post sent
        // 200 ms later: then the stalled post is the one refused and the round shows nothing about a post in progress.
        // A round counts once the stalled post was the one served; five rounds at most.
        for (var round = 0; round < 5; round++)
        {
            var release = new TaskCompletionSource();
            using var stalled = new StalledContent("{\"purchases\":[", $"stalled-{round}", release.Task);
            var inProgress = host.Client(EventLines.TillKey).PostAsync("/v1/events/purchases", stalled);
            await stalled.Started;
            await Task.Delay(200);

            var sameKey = await EventPostAsync(host.Client(EventLines.TillKey), $"same-key-{round}");
            var otherKey = await EventPostAsync(host.Client("second-till-key-0123456789abcdef"), $"other-key-{round}");
            release.SetResult();
            var first = await inProgress;
            if (first.StatusCode == HttpStatusCode.TooManyRequests && sameKey.StatusCode == HttpStatusCode.OK)
            {
                continue;
            }

            var problem = await ProblemAssert.IsProblem(sameKey, HttpStatusCode.TooManyRequests);
            Assert.Contains("event posts in progress", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, otherKey.StatusCode);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await EventPostAsync(host.Client(EventLines.TillKey), "after")).StatusCode);
            Directory.Delete(folder, recursive: true);
            return;
        }

        Assert.Fail("in five rounds the server never read the stalled post before the same-key post sent after it");
    }

    private static Task<HttpResponseMessage> EventPostAsync(HttpClient client, string eventId) =>
        client.PostAsJsonAsync("/v1/events/purchases", new { purchases = new[] { EventLines.Purchase(eventId, "c", TestBundles.KnownItem) } });

    // Sends the start of a body, then waits for the test before sending the rest: a post held in progress.
    private sealed class StalledContent(string start, string eventId, Task release) : HttpContent
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(start));
            await stream.FlushAsync();
            _started.SetResult();
            await release;
            var line = System.Text.Json.JsonSerializer.Serialize(EventLines.Purchase(eventId, "c", TestBundles.KnownItem));
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(line + "]}"));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

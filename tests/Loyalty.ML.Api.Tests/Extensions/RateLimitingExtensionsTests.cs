using System.Net;
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
}

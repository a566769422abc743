using System.Net;
using System.Text;
using Loyalty.ML.Api.Caching;
using Loyalty.ML.Api.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Loyalty.ML.Api.Tests.Extensions;

[Collection(ApiCollection.Name)]
public sealed class ErrorHandlingExtensionsTests(LoyaltyApiFixture fixture)
{
    [Fact]
    public async Task UnknownRoute_Returns404Problem()
    {
        var response = await fixture.Host.Client(TestKeys.Crm).GetAsync("/v1/nothing-here");

        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MalformedJsonBody_Returns400ProblemWithoutStackTrace()
    {
        using var body = new StringContent("{\"customerIds\": [", Encoding.UTF8, "application/json");

        var response = await fixture.Host.Client(TestKeys.Crm).PostAsync("/v1/churn/scores", body);

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task NonNumericCount_Returns400Problem()
    {
        var response = await fixture.Host.Client(TestKeys.Shop).GetAsync("/v1/items/I001/also-bought?count=ten");

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Request_WhenDependencyThrows_Returns500ProblemWithoutExceptionDetailsAndLogsIt()
    {
        var logs = new LogCollector();
        await using var host = await ApiHost.StartAsync(
            withRedis: false,
            publish: registry => TestBundles.Publish(registry, LoyaltyApiFixture.Version),

            // The throwing dependency is the hand-written layer's Redis client, so that layer must be the one answering.
            settings: [new("Cache:Layer", "HandWritten")],
            services: services =>
            {
                services.AddSingleton<IRedisCache, ThrowingRedisCache>();
                services.AddSingleton<ILoggerProvider>(logs);
            });

        var response = await host.Client(TestKeys.Shop).GetAsync($"/v1/customers/{TestBundles.KnownCustomer}/recommendations");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(ThrowingRedisCache.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(ThrowingRedisCache), body, StringComparison.Ordinal);
        Assert.Contains("trace id", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var logged = Assert.Single(logs.Entries, entry => entry.Level == LogLevel.Error && entry.Exception is InvalidOperationException);
        Assert.Contains(ThrowingRedisCache.Secret, logged.Exception!.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await host.Client().GetAsync("/health/live")).StatusCode);
    }
}

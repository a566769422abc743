using System.Net;
using Loyalty.ML.Api.Tests.Fixtures;

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
}

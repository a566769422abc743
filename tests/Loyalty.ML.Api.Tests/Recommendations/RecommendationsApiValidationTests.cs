using System.Net;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Recommendations;

[Collection(ApiCollection.Name)]
public sealed class RecommendationsApiValidationTests(LoyaltyApiFixture fixture)
{
    [Theory]
    [InlineData("/v1/customers/C0001/recommendations?count=0", "count")]
    [InlineData("/v1/customers/C0001/recommendations?count=101", "count")]
    [InlineData("/v1/customers/C0001/recommendations?kind=sideways", "kind")]
    [InlineData("/v1/customers/C0001/recommendations?minPrice=-1", "minPrice")]
    [InlineData("/v1/customers/C0001/recommendations?minPrice=5&maxPrice=2", "maxPrice")]
    [InlineData("/v1/items/I001/also-bought?count=0", "count")]
    [InlineData("/v1/items/I001/upsell?count=1000", "count")]
    public async Task Request_WithBadArgument_Returns400NamingIt(string path, string argument)
    {
        var response = await fixture.Host.Client(TestKeys.Shop).GetAsync(path);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(argument, out _), problem.ToString());
    }

    [Fact]
    public async Task Request_WithTooLongId_Returns400()
    {
        var response = await fixture.Host.Client(TestKeys.Shop).GetAsync($"/v1/customers/{new string('c', 65)}/recommendations");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("65", problem.GetProperty("errors").GetProperty("customerId")[0].GetString());
    }
}

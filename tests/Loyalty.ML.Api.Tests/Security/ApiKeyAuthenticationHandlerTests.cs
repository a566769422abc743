using System.Net;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class ApiKeyAuthenticationHandlerTests(LoyaltyApiFixture fixture)
{
    [Theory]
    [InlineData("/v1/kpis")]
    [InlineData("/v1/customers/C0001/recommendations")]
    [InlineData("/v1/customers/C0001/churn")]
    [InlineData("/v1/models")]
    public async Task Request_WithoutKey_Returns401Problem(string path)
    {
        var response = await fixture.Host.Client().GetAsync(path);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
        Assert.Contains("X-Api-Key", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Request_WithUnknownKey_Returns401Problem()
    {
        var response = await fixture.Host.Client(TestKeys.Crm + "x").GetAsync("/v1/kpis");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
        Assert.Contains("not valid", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(TestKeys.Shop, "/v1/kpis")]
    [InlineData(TestKeys.Shop, "/v1/customers/C0001/churn")]
    [InlineData(TestKeys.Shop, "/v1/customers/C0001/segment")]
    [InlineData(TestKeys.Crm, "/v1/customers/C0001/recommendations")]
    [InlineData(TestKeys.Crm, "/v1/items/I001/also-bought")]
    [InlineData(TestKeys.Crm, "/v1/models/current")]
    [InlineData(TestKeys.Admin, "/v1/churn/at-risk")]
    public async Task Request_OutsideKeyScopes_Returns403Problem(string key, string path)
    {
        var response = await fixture.Host.Client(key).GetAsync(path);

        await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(TestKeys.Shop, "/v1/items/I1/also-bought", HttpStatusCode.OK)]
    [InlineData(TestKeys.Crm, "/v1/churn/at-risk?page=0", HttpStatusCode.BadRequest)]
    [InlineData(TestKeys.Admin, "/v1/models/current", HttpStatusCode.OK)]
    [InlineData(TestKeys.Admin, "/v1/models", HttpStatusCode.OK)]
    public async Task Request_WithinKeyScopes_ReachesTheEndpoint(string key, string path, HttpStatusCode expected)
    {
        var response = await fixture.Host.Client(key).GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/metrics")]
    [InlineData("/openapi/v1.json")]
    public async Task OpenEndpoint_WithoutKey_Returns200(string path)
    {
        var response = await fixture.Host.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

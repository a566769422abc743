using System.Net;
using System.Net.Http.Json;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Churn;

[Collection(ApiCollection.Name)]
public sealed class ChurnApiValidationTests(LoyaltyApiFixture fixture)
{
    [Fact]
    public async Task PostScores_WithMoreThan1000Ids_Returns400()
    {
        var ids = Enumerable.Range(0, 1001).Select(index => $"C{index}").ToArray();

        var response = await fixture.Host.Client(TestKeys.Crm).PostAsJsonAsync("/v1/churn/scores", new { customerIds = ids });

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("1001", problem.GetProperty("errors").GetProperty("customerIds")[0].GetString());
    }

    [Fact]
    public async Task PostScores_WithNoIds_Returns400()
    {
        var response = await fixture.Host.Client(TestKeys.Crm).PostAsJsonAsync("/v1/churn/scores", new { customerIds = Array.Empty<string>() });

        await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?pageSize=1001", "pageSize")]
    [InlineData("?minProbability=1.5", "minProbability")]
    public async Task GetAtRisk_WithBadArgument_Returns400NamingIt(string query, string argument)
    {
        var response = await fixture.Host.Client(TestKeys.Crm).GetAsync("/v1/churn/at-risk" + query);

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(argument, out _), problem.ToString());
    }
}

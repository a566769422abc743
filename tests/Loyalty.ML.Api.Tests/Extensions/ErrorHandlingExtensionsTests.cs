using System.Net;
using System.Text;
using Loyalty.ML.Api.Tests.Fixtures;

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
}

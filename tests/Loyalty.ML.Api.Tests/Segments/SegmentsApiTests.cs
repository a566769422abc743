using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Segments;

[Collection(ApiCollection.Name)]
public sealed class SegmentsApiTests(LoyaltyApiFixture fixture)
{
    [Fact]
    public async Task GetSegment_KnownCustomer_ReturnsScoresFrom1To5AndANamedSegment()
    {
        var body = await fixture.Host.Client(TestKeys.Crm).GetFromJsonAsync<JsonElement>($"/v1/customers/{TestBundles.KnownCustomer}/segment");

        Assert.Equal(TestBundles.KnownCustomer, body.GetProperty("customerId").GetString());
        Assert.InRange(body.GetProperty("recency").GetInt32(), 1, 5);
        Assert.InRange(body.GetProperty("frequency").GetInt32(), 1, 5);
        Assert.InRange(body.GetProperty("monetary").GetInt32(), 1, 5);
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("segment").GetString()));
        Assert.Equal(LoyaltyApiFixture.Version, body.GetProperty("modelVersion").GetString());
    }

    [Fact]
    public async Task GetSegment_UnknownCustomer_Returns404Problem()
    {
        var response = await fixture.Host.Client(TestKeys.Crm).GetAsync("/v1/customers/nobody-we-know/segment");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
        Assert.Contains("nobody-we-know", problem.GetProperty("detail").GetString());
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Apis;

[Collection(ApiCollection.Name)]
public sealed class KpisApiTests(LoyaltyApiFixture fixture)
{
    [Fact]
    public async Task GetKpis_ReturnsTheBundlesKpisWithItsVersion()
    {
        var body = await fixture.Host.Client(TestKeys.Crm).GetFromJsonAsync<JsonElement>("/v1/kpis");

        Assert.Equal(LoyaltyApiFixture.Version, body.GetProperty("modelVersion").GetString());
        Assert.Equal(ApiHost.History.Customers.Count, body.GetProperty("kpis").GetProperty("customers").GetInt32());
    }
}

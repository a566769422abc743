using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Loyalty.ML.Api.Kpis;
using Loyalty.ML.Api.Tests.Fixtures;

namespace Loyalty.ML.Api.Tests.Kpis;

[Collection(ApiCollection.Name)]
public sealed class KpisApiTests(LoyaltyApiFixture fixture)
{
    [Fact]
    public async Task GetKpis_OfTrainedBundle_ReturnsItsMetricsKpisSection()
    {
        var metrics = JsonNode.Parse(File.ReadAllText(Path.Combine(fixture.Host.Registry.PathOf(LoyaltyApiFixture.Version), "metrics.json")))!;

        var body = await fixture.Host.Client(TestKeys.Crm).GetFromJsonAsync<JsonElement>("/v1/kpis");

        Assert.True(JsonNode.DeepEquals(metrics["kpis"], JsonNode.Parse(body.GetProperty("kpis").GetRawText())));
    }

    [Fact]
    public async Task GetKpis_ReturnsTheKpisSectionOfMetricsWithTheVersion()
    {
        var metrics = new JsonObject { ["kpis"] = new JsonObject { ["customers"] = 1234, ["repeat_purchase_rate_pct"] = 25.5 } };
        await using var host = await ApiHost.StartAsync(withRedis: false, publish: registry => TestBundles.PublishMetricsOnly(registry, "k1", metrics));

        var body = await host.Client(TestKeys.Crm).GetFromJsonAsync<JsonElement>("/v1/kpis");

        Assert.Equal("k1", body.GetProperty("modelVersion").GetString());
        Assert.Equal(1234, body.GetProperty("kpis").GetProperty("customers").GetInt32());
        Assert.Equal(25.5, body.GetProperty("kpis").GetProperty("repeat_purchase_rate_pct").GetDouble());
    }

    [Fact]
    public async Task OpenApi_KpisResponse_HasATypedSchemaOfTheKpis()
    {
        var document = JsonDocument.Parse(await fixture.Host.Client().GetStringAsync("/openapi/v1.json")).RootElement;
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var kpis = schemas.GetProperty("KpiMetrics").GetProperty("properties");
        Assert.Contains("number", kpis.GetProperty("revenue").GetProperty("type").ToString(), StringComparison.Ordinal);
        Assert.True(kpis.TryGetProperty("retention", out _));
        Assert.True(schemas.GetProperty("KpisResponse").GetProperty("properties").TryGetProperty("kpis", out _));
    }

    [Fact]
    public async Task GetKpis_WithoutKpisSection_Returns503NamingTheBundle()
    {
        await using var host = await ApiHost.StartAsync(withRedis: false, publish: registry => TestBundles.PublishMetricsOnly(registry, "k2", []));

        var response = await host.Client(TestKeys.Crm).GetAsync("/v1/kpis");
        var recommendations = await host.Client(TestKeys.Shop).GetAsync("/v1/items/I1/also-bought");

        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("k2 has no kpis", problem.GetProperty("detail").GetString());
        var missing = await ProblemAssert.IsProblem(recommendations, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("no recommender", missing.GetProperty("detail").GetString());
    }
}
